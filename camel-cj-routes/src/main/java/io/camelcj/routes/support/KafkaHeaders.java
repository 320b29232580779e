package io.camelcj.routes.support;

import org.apache.camel.component.kafka.KafkaConstants;

/**
 * camel-kafka's header names as the Camel on the classpath spells them. They changed between the supported lines
 * ({@code kafka.KEY} on Camel 4.14, {@code CamelKafkaKey} on 4.22), and javac copies a constant's value into the
 * class that uses it, so code built on 4.14 would set headers that 4.22 ignores. Read at run time, they are right
 * on both.
 */
public final class KafkaHeaders {

    public static final String KEY = runtimeValue("KEY");
    public static final String OVERRIDE_TOPIC = runtimeValue("OVERRIDE_TOPIC");
    public static final String TOPIC = runtimeValue("TOPIC");
    public static final String PARTITION = runtimeValue("PARTITION");
    public static final String OFFSET = runtimeValue("OFFSET");
    public static final String MANUAL_COMMIT = runtimeValue("MANUAL_COMMIT");

    private KafkaHeaders() {
    }

    private static String runtimeValue(String constant) {
        try {
            return (String) KafkaConstants.class.getField(constant).get(null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("camel-kafka has no KafkaConstants." + constant, e);
        }
    }
}
