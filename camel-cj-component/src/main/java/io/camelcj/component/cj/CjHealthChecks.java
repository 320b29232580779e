package io.camelcj.component.cj;

import io.camelcj.component.cj.client.CjAccount;
import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;
import org.apache.camel.support.HealthCheckComponent;

/** Registers one producer health check per account, when Camel's health-check support is present. */
final class CjHealthChecks {

    private CjHealthChecks() {
    }

    static void register(CamelContext context, CjAccount account, Component component) {
        if (component instanceof HealthCheckComponent hc && !hc.isHealthCheckProducerEnabled()) {
            return;
        }
        WritableHealthCheckRepository repo = HealthCheckHelper.getHealthCheckRepository(context, "producers",
                WritableHealthCheckRepository.class);
        if (repo == null) {
            return; // camel-health not on the classpath
        }
        CjAccountHealthCheck check = new CjAccountHealthCheck(account);
        synchronized (repo) {
            if (repo.stream().noneMatch(existing -> existing.getId().equals(check.getId()))) {
                repo.addHealthCheck(check);
            }
        }
    }
}
