package io.camelcj.springboot;

import io.camelcj.observability.metrics.CjMetrics;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Publishes the camel-cj meters (src/docs/metrics.md) to the application's {@link MeterRegistry} (actuator's
 * {@code /actuator/metrics}, Prometheus, ...): {@link CjMetrics} is added to the Camel context as an event
 * notifier before the context starts. Switch off by excluding this auto-configuration
 * ({@code spring.autoconfigure.exclude}); a {@code camel.cj.*} switch would be refused by the routes, which accept
 * only their families' keys there.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public class CjMetricsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public CjMetrics cjMetrics(MeterRegistry registry) {
        return new CjMetrics(registry);
    }

    @Bean
    public CamelContextConfiguration cjMetricsInstaller(CjMetrics metrics) {
        return new CamelContextConfiguration() {
            @Override
            public void beforeApplicationStart(CamelContext camelContext) {
                if (!camelContext.getManagementStrategy().getEventNotifiers().contains(metrics)) {
                    camelContext.getManagementStrategy().addEventNotifier(metrics);
                }
            }

            @Override
            public void afterApplicationStart(CamelContext camelContext) {
                // nothing to do once started: meters are bound as accounts and routes appear
            }
        };
    }
}
