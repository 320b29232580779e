package io.camelcj.simulator;

import io.camelcj.testfixtures.SampleCreateOrder;
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
        return SampleCreateOrder.createOrder(orderNumber, vid, quantity);
    }
}
