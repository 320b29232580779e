package io.camelcj.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The admin API under /_sim/ for non-Java users: mirrors {@link SimAdmin}, {@link FaultInjector}, the clock and
 * the request log. Bodies and answers are JSON; errors answer 400 {"error": "..."}.
 */
final class AdminHttp implements HttpHandler {

    static final String PREFIX = "/_sim/";

    private final CjSimulator sim;
    private final ObjectMapper mapper;

    AdminHttp(CjSimulator sim, ObjectMapper mapper) {
        this.sim = sim;
        // the request log's times are Instants: written as ISO-8601 text (jackson-databind alone cannot write them)
        this.mapper = mapper.copy().registerModule(new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance));
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            String path = ex.getRequestURI().getPath().substring(PREFIX.length());
            String method = ex.getRequestMethod();
            byte[] raw = ex.getRequestBody().readAllBytes();
            JsonNode body = raw.length == 0 ? mapper.createObjectNode() : mapper.readTree(raw);
            Object answer = route(method, path, body, ApiServer.parseQuery(ex.getRequestURI().getRawQuery()));
            send(ex, 200, answer);
        } catch (IOException e) {
            send(ex, 400, Map.of("error", "invalid JSON: " + e.getMessage()));
        } catch (RuntimeException e) {
            // bad ids, numbers, durations or states: the caller's mistake
            send(ex, 400, Map.of("error", String.valueOf(e.getMessage())));
        } finally {
            ex.close();
        }
    }

    private Object route(String method, String path, JsonNode b, Map<String, List<String>> query) {
        SimAdmin admin = sim.admin();
        String key = method + " " + path;
        switch (key) {
            case "GET state" -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("baseUrl", sim.baseUrl());
                m.put("defaultApiKey", sim.defaultApiKey());
                m.put("products", sim.catalogue().productCount());
                m.put("variants", sim.catalogue().variantCount());
                m.put("orders", sim.orders().count());
                m.put("requests", sim.requestLog().count());
                m.put("webhooksDelivered", sim.webhooks().deliveredCount());
                m.put("now", sim.clock().now().toString());
                return m;
            }
            case "POST admin/price" -> {
                admin.setSellPrice(text(b, "pid"), new BigDecimal(text(b, "price")));
                return ok();
            }
            case "POST admin/stock" -> {
                admin.setStock(text(b, "vid"), b.hasNonNull("countryCode") ? b.get("countryCode").asText() : null,
                        b.path("quantity").asInt(-1));
                return ok();
            }
            case "POST admin/products" -> {
                return Map.of("pids", admin.addProducts(b.path("count").asInt(1)));
            }
            case "POST admin/delist" -> {
                admin.delist(text(b, "pid"));
                return ok();
            }
            case "POST admin/ship" -> {
                admin.shipOrder(text(b, "orderId"), text(b, "trackingNumber"));
                return ok();
            }
            case "POST admin/deliver" -> {
                admin.deliverOrder(text(b, "orderId"));
                return ok();
            }
            case "POST admin/balance" -> {
                admin.setBalance(text(b, "apiKey"), new BigDecimal(text(b, "amount")));
                return ok();
            }
            case "POST admin/qps" -> {
                admin.setQps(text(b, "apiKey"), b.path("qps").asDouble());
                return ok();
            }
            case "POST admin/ipQps" -> {
                admin.setIpQps(b.path("qps").asDouble(-1));
                return ok();
            }
            case "POST admin/webhookUrls" -> {
                if (!b.path("strict").isBoolean()) {
                    throw new IllegalArgumentException("strict (true or false) is required");
                }
                admin.setStrictWebhookUrls(b.path("strict").asBoolean());
                return ok();
            }
            case "POST admin/balancePaymentRestricted" -> {
                admin.setBalancePaymentRestricted(text(b, "apiKey"), b.path("restricted").asBoolean(true));
                return ok();
            }
            case "POST admin/incomplete" -> {
                admin.markOrderIncomplete(text(b, "orderId"));
                return ok();
            }
            case "POST admin/connect" -> {
                admin.connectOrder(text(b, "orderId"));
                return ok();
            }
            case "POST admin/split" -> {
                List<List<Integer>> groups = new java.util.ArrayList<>();
                b.path("lineGroups").forEach(g -> {
                    List<Integer> group = new java.util.ArrayList<>();
                    g.forEach(i -> group.add(i.asInt()));
                    groups.add(group);
                });
                admin.splitOrder(text(b, "orderId"), groups);
                return ok();
            }
            case "GET rates" -> {
                return sim.rates().snapshot();
            }
            case "DELETE rates" -> {
                sim.rates().clear();
                return ok();
            }
            case "POST clock/advance" -> {
                sim.clock().advance(Duration.parse(text(b, "duration")));
                return Map.of("now", sim.clock().now().toString());
            }
            case "POST faults/failNext" -> {
                sim.faults().failNext(text(b, "operation"), b.path("count").asInt(1), Fault.fromJson(b.path("fault")));
                return ok();
            }
            case "POST faults/failRandomly" -> {
                sim.faults().failRandomly(text(b, "operation"), b.path("probability").asDouble(),
                        b.path("seed").asLong(0), Fault.fromJson(b.path("fault")));
                return ok();
            }
            case "POST faults/revokeTokens" -> {
                sim.faults().revokeTokens(text(b, "apiKey"));
                return ok();
            }
            case "POST faults/clear" -> {
                sim.faults().clear();
                return ok();
            }
            case "POST webhooks/duplicates" -> {
                sim.webhooks().duplicateProbability(b.path("probability").asDouble(), b.path("seed").asLong(0));
                return ok();
            }
            case "GET webhooks" -> {
                return sim.webhooks().deliveries();
            }
            case "GET requests" -> {
                return sim.requestLog().entries();
            }
            case "DELETE requests" -> {
                sim.requestLog().clear();
                return ok();
            }
            case "GET requests/count" -> {
                String op = first(query, "operation");
                String code = first(query, "code");
                long n = op == null ? sim.requestLog().count()
                        : code == null ? sim.requestLog().count(op) : sim.requestLog().count(op, Integer.parseInt(code));
                return Map.of("count", n);
            }
            case "GET orders" -> {
                return sim.orders().all();
            }
            case "GET catalogue/products" -> {
                return sim.catalogue().productIds();
            }
            default -> throw new IllegalArgumentException("unknown admin call: " + key);
        }
    }

    private static String text(JsonNode b, String field) {
        JsonNode v = b.get(field);
        if (v == null || v.isNull() || v.asText().isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return v.asText();
    }

    private static String first(Map<String, List<String>> q, String k) {
        List<String> v = q.get(k);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    private static Map<String, Object> ok() {
        return Map.of("ok", true);
    }

    private void send(HttpExchange ex, int status, Object body) throws IOException {
        byte[] bytes = mapper.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }
}
