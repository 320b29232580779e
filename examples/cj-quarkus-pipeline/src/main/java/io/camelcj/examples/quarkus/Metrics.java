package io.camelcj.examples.quarkus;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.camelcj.observability.metrics.CjMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.arc.DefaultBean;
import io.quarkus.arc.Unremovable;

/**
 * The camel-cj meters ({@code CjMetrics}, names in src/docs/metrics.md) as CDI beans: Camel Quarkus adds every
 * {@code EventNotifier} bean to the context. The registry is a plain Micrometer one, since quarkus-micrometer is
 * not served at Quarkus 3.27 here; a registry bean of quarkus-micrometer would replace this default one.
 */
public class Metrics {

    @Produces
    @Singleton
    @DefaultBean
    @Unremovable
    MeterRegistry meterRegistry() {
        return new SimpleMeterRegistry();
    }

    @Produces
    @Singleton
    @Unremovable
    CjMetrics cjMetrics(MeterRegistry registry) {
        return new CjMetrics(registry);
    }
}
