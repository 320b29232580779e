package io.camelcj.simulator;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Shared set-up for the simulator's own tests. */
final class Fixtures {

    static final String KEY = "CJ1234567@api@0123456789abcdef0123456789abcdef";

    private Fixtures() {
    }

    /** A simulator whose account is not throttled (qps 1000), so tests are not slowed down. */
    static CjSimulator fastSim(int products) {
        return CjSimulator.builder().products(products).seed(42L)
                .account(SimAccount.builder(KEY).openId(1234567L).qps(1000).balance(new BigDecimal("10000.00")).build())
                .start();
    }

    static Map<String, Object> order(String orderNumber, String vid, int quantity) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("orderNumber", orderNumber);
        o.put("shippingZip", "10001");
        o.put("shippingCountryCode", "US");
        o.put("shippingCountry", "United States");
        o.put("shippingProvince", "New York");
        o.put("shippingCity", "New York");
        o.put("shippingPhone", "2125550100");
        o.put("shippingCustomerName", "Jane Doe");
        o.put("shippingAddress", "1 Main Street");
        o.put("logisticName", "CJPacket Ordinary");
        o.put("fromCountryCode", "CN");
        o.put("products", List.of(Map.of("vid", vid, "quantity", quantity, "storeLineItemId", "line-" + orderNumber)));
        return o;
    }
}
