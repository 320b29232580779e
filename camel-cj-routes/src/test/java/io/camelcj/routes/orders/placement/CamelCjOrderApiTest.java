package io.camelcj.routes.orders.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.CjConstants;
import io.camelcj.component.cj.CjErrorCategory;
import io.camelcj.component.cj.api.CjOperation;
import io.camelcj.routes.support.CjCaller;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.ProcessorEndpoint;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CamelCjOrderApiTest {

    private static final List<String> OPERATIONS = List.of("shopping/order/createOrderV3",
            "shopping/order/getOrderDetail", "shopping/order/addCart", "shopping/pay/payBalanceV2");
    /** What each stand-in cj: endpoint does in the current test. */
    private static final Map<String, Processor> ANSWERS = new ConcurrentHashMap<>();
    private static final AtomicReference<Exchange> SEEN = new AtomicReference<>();
    private static CamelContext context;
    private static CamelCjOrderApi api;

    @BeforeAll
    static void start() throws Exception {
        context = new DefaultCamelContext();
        for (String operation : OPERATIONS) {
            context.addEndpoint("cj:" + operation, new ProcessorEndpoint("cj:" + operation, context, exchange -> {
                SEEN.set(exchange.copy());
                ANSWERS.get(operation).process(exchange);
            }));
        }
        context.start();
        api = new CamelCjOrderApi(new CjCaller(context.createProducerTemplate(), "cj", ""), CjOperation.CREATE_ORDER_V3);
    }

    @AfterAll
    static void stop() {
        context.stop();
    }

    private static void answer(String operation, Processor processor) {
        ANSWERS.put(operation, processor);
    }

    @Test
    void createSendsTheBodyAndReadsDataRequestIdAndRecovery() {
        answer("shopping/order/createOrderV3", exchange -> {
            exchange.getMessage().setBody(Map.of("orderId", "CJ-1"));
            exchange.getMessage().setHeader(CjConstants.REQUEST_ID, "req-1");
            exchange.getMessage().setHeader(CjConstants.ORDER_RECOVERED, true);
        });

        CjReply reply = api.createOrder(Map.of("orderNumber", "SO-1"));

        assertThat(SEEN.get().getIn().getBody()).isEqualTo(Map.of("orderNumber", "SO-1"));
        assertThat(reply.text("orderId")).isEqualTo("CJ-1");
        assertThat(reply.requestId()).isEqualTo("req-1");
        assertThat(reply.recovered()).isTrue();
    }

    @Test
    void lookUpPassesTheOrderIdAsParameterAndTreatsNotFoundOrNoDataAsAbsent() {
        answer("shopping/order/getOrderDetail", exchange -> {
            throw new CjApiException("shopping/order/getOrderDetail", 200, 1600300, "order not found", "req-2",
                    CjErrorCategory.NOT_FOUND, false, null, null);
        });
        assertThat(api.findOrder("SO-1")).isEmpty();
        assertThat(SEEN.get().getIn().getHeader(CjConstants.PARAMS)).isEqualTo(Map.of("orderId", "SO-1"));

        answer("shopping/order/getOrderDetail", exchange -> exchange.getMessage().setBody(null));
        assertThat(api.findOrder("SO-1")).isEmpty();
    }

    @Test
    void paymentStepsSendCjsBodies() {
        answer("shopping/order/addCart", exchange -> exchange.getMessage().setBody(Map.of()));
        api.addCart("CJ-1");
        assertThat(SEEN.get().getIn().getBody()).isEqualTo(Map.of("cjOrderIdList", List.of("CJ-1")));

        answer("shopping/pay/payBalanceV2", exchange -> exchange.getMessage().setBody(null));
        api.payBalance("SP-1", "PAY-1");
        assertThat(SEEN.get().getIn().getBody()).isEqualTo(Map.of("shipmentOrderId", "SP-1", "payId", "PAY-1"));
    }

    @Test
    void cjFailuresArriveAsTheComponentsException() {
        answer("shopping/order/createOrderV3", exchange -> {
            throw new CjApiException("shopping/order/createOrderV3", 200, 1605001, "Logistic invalid", "req-3",
                    CjErrorCategory.INVALID_PARAMETER, false, null, null);
        });

        assertThatThrownBy(() -> api.createOrder(Map.of())).isInstanceOfSatisfying(CjApiException.class, e -> {
            assertThat(e.getCategory()).isEqualTo(CjErrorCategory.INVALID_PARAMETER);
            assertThat(e.getCjCode()).isEqualTo(1605001);
            assertThat(e.getCjMessage()).isEqualTo("Logistic invalid");
            assertThat(e.getRequestId()).isEqualTo("req-3");
            assertThat(e.getOperation()).isEqualTo("shopping/order/createOrderV3");
        });
    }

    @Test
    void failuresThatAreNotCjAnswersAreTransientWithUnknownOutcome() {
        answer("shopping/order/createOrderV3", exchange -> {
            throw new IllegalStateException("socket closed");
        });

        assertThatThrownBy(() -> api.createOrder(Map.of())).isInstanceOfSatisfying(CjApiException.class, e -> {
            assertThat(e.getCategory()).isEqualTo(CjErrorCategory.TRANSIENT);
            assertThat(e.isRetryable()).isTrue();
            assertThat(e.isOutcomeUnknown()).isTrue();
            assertThat(e.getCjCode()).isNull();
            assertThat(e.getCjMessage()).isEqualTo("socket closed");
        });
    }
}
