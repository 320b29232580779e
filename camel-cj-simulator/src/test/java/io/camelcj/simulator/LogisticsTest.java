package io.camelcj.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LogisticsTest {

    private static CjSimulator sim;
    private static TestClient c;

    @BeforeAll
    static void start() {
        sim = Fixtures.fastSim(20);
        c = TestClient.loggedIn(sim, Fixtures.KEY);
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    private static TestClient.Response tip(Object weight) {
        return c.post("logistic/freightCalculateTip", Map.of("reqDTOS", List.of(Map.of("srcAreaCode", "CN",
                "destAreaCode", "US", "weight", weight, "wrapWeight", weight, "volume", 1000, "skuList", List.of("X"),
                "productProp", List.of("COMMON")))));
    }

    @Test
    void kilogramsGiveZeroOptionsGramsGiveSome() {
        TestClient.Response kg = tip(0.3);
        assertThat(kg.code()).isEqualTo(200);
        assertThat(kg.data()).isEmpty();
        TestClient.Response grams = tip(300);
        assertThat(grams.data().size()).isPositive();
        for (JsonNode option : grams.data()) {
            assertThat(option.path("errorEn").asText()).isEmpty();
            assertThat(option.path("postage").decimalValue()).isPositive();
        }
    }

    @Test
    void overweightChannelsCarryTheirOwnError() {
        JsonNode options = tip(2500).data();
        assertThat(options).anySatisfy(o -> {
            assertThat(o.path("option").path("enName").asText()).isEqualTo("CJPacket Ordinary");
            assertThat(o.path("errorEn").asText()).contains("weight");
        });
        assertThat(options).anySatisfy(o -> assertThat(o.path("errorEn").asText()).isEmpty());
    }

    @Test
    void freightCalculateQuotesByVariantWeight() {
        String vid = sim.catalogue().variantIds(sim.catalogue().productIds().get(0)).get(0);
        JsonNode one = c.post("logistic/freightCalculate", Map.of("startCountryCode", "CN", "endCountryCode", "US",
                "products", List.of(Map.of("vid", vid, "quantity", 1)))).data();
        JsonNode three = c.post("logistic/freightCalculate", Map.of("startCountryCode", "CN", "endCountryCode", "US",
                "products", List.of(Map.of("vid", vid, "quantity", 3)))).data();
        assertThat(one.size()).isPositive();
        JsonNode first = one.get(0);
        assertThat(first.path("logisticPrice").isNumber()).isTrue();
        assertThat(first.path("logisticPriceCn").decimalValue()).isGreaterThan(first.path("logisticPrice").decimalValue());
        BigDecimal p1 = one.findValues("logisticPrice").get(0).decimalValue();
        BigDecimal p3 = three.findValues("logisticPrice").get(0).decimalValue();
        assertThat(p3).isGreaterThan(p1);
        TestClient.Response badCountry = c.post("logistic/freightCalculate", Map.of("startCountryCode", "CN",
                "endCountryCode", "ZZ", "products", List.of(Map.of("vid", vid, "quantity", 1))));
        assertThat(badCountry.code()).isEqualTo(1605002);
    }

    @Test
    void createOrderV2WithPayType2PaysAtOnce() {
        String vid = sim.catalogue().variantIds(sim.catalogue().productIds().get(1)).get(0);
        Map<String, Object> order = Fixtures.order("V2-PAY", vid, 1);
        order.put("payType", 2);
        TestClient.Response r = c.post("shopping/order/createOrderV2", order);
        assertThat(r.code()).isEqualTo(200);
        assertThat(r.data().path("orderStatus").asText()).isEqualTo("UNSHIPPED");
        assertThat(r.data().path("postageAmount").isTextual()).isTrue();
        Map<String, Object> wrongLogistic = Fixtures.order("V2-BAD", vid, 1);
        wrongLogistic.put("logisticName", "Teleport");
        TestClient.Response bad = c.post("shopping/order/createOrderV2", wrongLogistic);
        assertThat(bad.code()).isEqualTo(1605000);
        assertThat(bad.body().path("message").asText()).contains("Teleport");
    }
}
