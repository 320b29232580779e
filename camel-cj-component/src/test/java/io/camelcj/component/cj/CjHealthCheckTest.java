package io.camelcj.component.cj;

import io.camelcj.component.cj.auth.InMemoryTokenStore;
import io.camelcj.simulator.CjSimulator;
import io.camelcj.simulator.Fault;
import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The account health check, and a waybill upload taking its file from the message body. */
class CjHealthCheckTest {

    @Test
    void accountHealthShowsTokenStateAndLastErrorWithoutSecrets() throws Exception {
        try (CjSimulator sim = CjTestSupport.fastSimulator().products(10).start()) {
            CamelContext context = CjTestSupport.context(sim, new InMemoryTokenStore());
            // producer checks are off by default in Camel (camel.health.producersEnabled=true turns them on)
            HealthCheckHelper.getHealthCheckRepository(context, "producers").setEnabled(true);
            try {
                String pid = sim.catalogue().productIds().get(0);
                context.createProducerTemplate().requestBody("cj:product/query?pid=" + pid, (Object) null);
                String id = "producer:" + io.camelcj.component.cj.auth.CjAccountId.of(sim.defaultApiKey());
                HealthCheck.Result up = result(context, id);
                assertThat(up.getState()).isEqualTo(HealthCheck.State.UP);
                Map<String, Object> details = up.getDetails();
                assertThat(details).containsEntry("cj.token.status", "VALID").containsKey("cj.token.accessTokenExpiry");
                assertThat(details.values().toString()).doesNotContain(sim.defaultApiKey()).doesNotContain("API@CJ");

                sim.faults().failNext("product/query", 1, Fault.dailyLimit());
                context.createProducerTemplate().request("cj:product/query?pid=" + pid, e -> { });
                HealthCheck.Result down = result(context, id);
                assertThat(down.getState()).isEqualTo(HealthCheck.State.DOWN);
                assertThat(down.getDetails()).containsEntry("cj.lastError.category", "DAILY_LIMIT")
                        .containsKey("cj.blockedUntil");
            } finally {
                context.stop();
            }
        }
    }

    private static HealthCheck.Result result(CamelContext context, String id) {
        Optional<HealthCheck.Result> r = HealthCheckHelper.invoke(context, id, Map.of());
        assertThat(r).as("health check " + id).isPresent();
        return r.get();
    }

    @Test
    void waybillFileFromTheMessageBody(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        try (CjSimulator sim = CjTestSupport.fastSimulator().products(10).start()) {
            CamelContext context = CjTestSupport.context(sim, new InMemoryTokenStore());
            try {
                var template = context.createProducerTemplate();
                Map<String, Object> order = CjTestSupport.order("WB-1", sim.catalogue().variantIds(
                        sim.catalogue().productIds().get(0)).get(0));
                order.put("shopLogisticsType", 1);
                order.put("storageId", CjEveryOperationTest.storageIdOf(42L, 1));
                String orderId = (String) template.requestBody("cj:createOrderV3", order, Map.class).get("orderId");
                template.requestBody("cj:confirmOrder", Map.of("orderId", orderId));
                template.requestBody("cj:payBalance", Map.of("orderId", orderId));
                Object cjOrderId = template.requestBodyAndHeader("cj:getOrderDetail", null, CjConstants.PARAMS,
                        Map.of("orderId", orderId), Map.class).get("cjOrderId");

                Path label = dir.resolve("label-WB-1.pdf");
                Files.writeString(label, "%PDF-1.4 shipping label");
                Object ok = template.requestBodyAndHeader("cj:uploadWaybillInfo", label.toFile(), CjConstants.PARAMS,
                        Map.of("orderId", orderId, "cjOrderId", cjOrderId, "cjShippingCompanyName", "CJPacket",
                                "trackNumber", "TRK-WB-1"));
                assertThat(ok).isEqualTo(true);
            } finally {
                context.stop();
            }
        }
    }
}
