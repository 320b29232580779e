package io.camelcj.quarkus.cj.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.camelcj.component.cj.CjComponent;
import io.camelcj.component.cj.CjConsumerFactory;
import io.quarkus.builder.BuildContext;
import io.quarkus.deployment.builditem.GeneratedResourceBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ServiceProviderBuildItem;
import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Native mode cannot be built here (no GraalVM or Mandrel), so its inputs are checked in JVM mode: every class the
 * component binds with Jackson, as its bytecode shows ({@link ReflectiveReads}), must be registered for
 * reflection with constructors, methods and fields by the time the build ends, and the component's ServiceLoader
 * providers must be registered too. A build step added to the test's build records what was registered.
 */
class ReflectionRegistrationTest {

    private static final String RECORD = "META-INF/camel-cj-test/reflection.txt";
    private static final String SERVICES = "META-INF/camel-cj-test/services.txt";

    @RegisterExtension
    static final QuarkusUnitTest APP = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClass(ReflectiveReads.class))
            .addBuildChainCustomizer(chain -> chain.addBuildStep(ReflectionRegistrationTest::record)
                    .consumes(ReflectiveClassBuildItem.class)
                    .consumes(ServiceProviderBuildItem.class)
                    .produces(GeneratedResourceBuildItem.class)
                    .build());

    /** Classes registered with everything Jackson needs (the union of all registrations of a class). */
    private static void record(BuildContext context) {
        Set<String> complete = new TreeSet<>();
        Set<String> constructors = new HashSet<>();
        Set<String> methods = new HashSet<>();
        Set<String> fields = new HashSet<>();
        for (ReflectiveClassBuildItem item : context.consumeMulti(ReflectiveClassBuildItem.class)) {
            for (String name : item.getClassNames()) {
                if (item.isConstructors()) {
                    constructors.add(name);
                }
                if (item.isMethods()) {
                    methods.add(name);
                }
                if (item.isFields()) {
                    fields.add(name);
                }
            }
        }
        constructors.stream().filter(methods::contains).filter(fields::contains).forEach(complete::add);
        Set<String> providers = new TreeSet<>();
        for (ServiceProviderBuildItem item : context.consumeMulti(ServiceProviderBuildItem.class)) {
            item.providers().forEach(p -> providers.add(item.serviceDescriptorFile() + "=" + p));
        }
        context.produce(new GeneratedResourceBuildItem(RECORD, String.join("\n", complete).getBytes(StandardCharsets.UTF_8)));
        context.produce(new GeneratedResourceBuildItem(SERVICES, String.join("\n", providers).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void everyClassTheComponentBindsWithJacksonIsRegisteredForReflection() throws IOException {
        Set<String> bound = ReflectiveReads.of(ReflectiveReads.codeSourceOf(CjComponent.class),
                CjProcessor.COMPONENT_PACKAGE, CjProcessor.MODEL_PACKAGE);
        Set<String> registered = recorded(RECORD);

        // the scan itself found what it must: the typed models and the typed webhook message
        assertThat(bound).contains("io.camelcj.component.cj.model.CjProduct", "io.camelcj.component.cj.model.CjVariant",
                "io.camelcj.component.cj.webhook.CjWebhookMessage");
        assertThat(bound).allSatisfy(name -> assertThat(registered).as("registered for reflection").contains(name));
    }

    @Test
    void consumerFactoriesAreRegisteredAsServiceProviders() throws IOException {
        assertThat(recorded(SERVICES)).contains("META-INF/services/" + CjConsumerFactory.class.getName()
                + "=io.camelcj.component.cj.webhook.CjWebhookConsumerFactory");
    }

    private static Set<String> recorded(String resource) throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " written by the recording build step").isNotNull();
            List<String> lines = Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
            return lines.stream().filter(l -> !l.isBlank()).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
