package io.camelcj.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Serves /api2.0/v1/...: routing, faults, authentication, limits, envelopes, request log. */
final class ApiServer implements HttpHandler {

    static final String PREFIX = "/api2.0/v1/";
    private static final System.Logger LOG = System.getLogger(ApiServer.class.getName());
    static final String DAILY_MESSAGE = "Too Many Requests, you have reached the daily request limit, please try again tomorrow";

    private record Outcome(int status, Map<String, Object> body, String account) {
    }

    private final Map<String, Map<String, Route>> routes;
    private final SimState state;
    private final ObjectMapper mapper;

    ApiServer(Map<String, Map<String, Route>> routes, SimState state) {
        this.routes = routes;
        this.state = state;
        this.mapper = state.mapper;
    }

    @Override
    public void handle(HttpExchange ex) throws IOException {
        try {
            serve(ex);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "client went away: {0}", e.toString());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "simulator failure on " + ex.getRequestURI().getPath(), e);
            try {
                send(ex, 500, Envelope.RESULT.error(1600000, "System busy, please contact CJ IT", null, UUID.randomUUID().toString()));
            } catch (IOException ignored) {
                // nothing left to do
            }
        } finally {
            ex.close();
        }
    }

    private void serve(HttpExchange ex) throws IOException, InterruptedException {
        String path = ex.getRequestURI().getRawPath();
        String operation = path.length() > PREFIX.length() ? path.substring(PREFIX.length()) : "";
        if (operation.endsWith("/")) {
            operation = operation.substring(0, operation.length() - 1);
        }
        Map<String, List<String>> query = parseQuery(ex.getRequestURI().getRawQuery());
        byte[] body = ex.getRequestBody().readAllBytes();
        String requestId = UUID.randomUUID().toString().replace("-", "");
        Map<String, Route> byMethod = routes.get(operation);
        ApiRequest logged = new ApiRequest(operation, query, null, null, requestId);
        if (byMethod == null) {
            Map<String, Object> b = Envelope.RESULT.error(1600101, "Interface not found", null, requestId);
            log(operation, logged, null, 404, b);
            send(ex, 404, b);
            return;
        }
        // a method the path does not serve is answered 16900202 by process(), in the envelope of one it serves
        Route route = byMethod.getOrDefault(ex.getRequestMethod().toUpperCase(java.util.Locale.ROOT),
                byMethod.values().iterator().next());
        Call call = new Call(ex, route, query, body, requestId, logged);
        Fault fault = state.faults.pick(operation);
        if (fault == null) {
            call.answerNormally();
        } else {
            fault.apply(call);
        }
    }

    /** One call on its way to its answer; a {@link Fault} may answer it differently. */
    private final class Call implements FaultExchange {
        private final HttpExchange ex;
        private final Route route;
        private final Map<String, List<String>> query;
        private final byte[] body;
        private final String requestId;
        private final ApiRequest[] parsed;
        private Outcome outcome;

        Call(HttpExchange ex, Route route, Map<String, List<String>> query, byte[] body, String requestId, ApiRequest logged) {
            this.ex = ex;
            this.route = route;
            this.query = query;
            this.body = body;
            this.requestId = requestId;
            this.parsed = new ApiRequest[] {logged};
        }

        @Override
        public void process() {
            if (outcome == null) {
                outcome = ApiServer.this.process(route, ex, query, body, requestId, parsed);
            }
        }

        @Override
        public void answerNormally() throws IOException {
            process();
            // logged before answering, so a client that got its answer always finds its call in the log
            answer(outcome.status(), outcome.body());
        }

        @Override
        public void answer(int status, Map<String, Object> answer) throws IOException {
            log(route.operation(), parsed[0], account(), status, answer);
            send(ex, status, answer);
        }

        @Override
        public void answerError(int code, String message) throws IOException {
            answer(200, route.envelope().error(code, message, null, requestId));
        }

        @Override
        public void answerHtml(int status, String html) throws IOException {
            log(route.operation(), parsed[0], account(), status, null);
            byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/html");
            ex.sendResponseHeaders(status, bytes.length);
            ex.getResponseBody().write(bytes);
        }

        @Override
        public void drop() {
            log(route.operation(), parsed[0], account(), 0, null);
        }

        @Override
        public int rateLimitHttpStatus() {
            return state.rateLimitHttpStatus;
        }

        private String account() {
            return outcome == null ? null : outcome.account();
        }
    }

    private Outcome process(Route route, HttpExchange ex, Map<String, List<String>> query, byte[] body,
                            String requestId, ApiRequest[] parsed) {
        AccountState account = null;
        String ip = ex.getRemoteAddress().getAddress().getHostAddress();
        try {
            if (!state.ipLimit.tryAcquire(ip, System.nanoTime())) {
                state.rates.limited(null, ip);
                throw new CjError(1600200, state.ipLimit.message(), true, 200, null);
            }
            state.rates.accepted(null, ip);
            if (!route.method().equalsIgnoreCase(ex.getRequestMethod())) {
                throw new CjError(16900202, "Request method '" + ex.getRequestMethod() + "' not supported");
            }
            ApiRequest req = parse(route, ex, query, body, requestId);
            parsed[0] = req;
            req.accessToken = ex.getRequestHeaders().getFirst("CJ-Access-Token");
            if (route.auth()) {
                req.account = state.tokens.authenticate(req.accessToken);
                account = req.account;
                checkLimits(req.account, route);
            }
            Object result = route.handler().handle(req);
            account = req.account;
            Map<String, Object> b = result instanceof Route.Reply reply
                    ? route.envelope().success(reply.data(), requestId, reply.message())
                    : route.envelope().success(result, requestId, null);
            addPointsInfo(account, b);
            return new Outcome(200, b, account == null ? null : account.config.id());
        } catch (CjError e) {
            String id = account == null ? null : account.config.id();
            if (e.bare) {
                int status = e.code == 1600200 ? state.rateLimitHttpStatus : e.httpStatus;
                return new Outcome(status, Envelope.bare(e.code, e.getMessage()), id);
            }
            Map<String, Object> b = route.envelope().error(e.code, e.getMessage(), e.data, requestId);
            addPointsInfo(account, b); // the live API appends it to error answers too
            return new Outcome(e.httpStatus, b, id);
        }
    }

    private void checkLimits(AccountState account, Route route) {
        if (!account.tryAcquire(System.nanoTime())) {
            state.rates.limited(account.config.id(), null);
            throw new CjError(1600200, account.qpsMessage(), true, 200, null);
        }
        state.rates.accepted(account.config.id(), null);
        int blocked = account.chargeDaily(state.clock.now(), route.points());
        if (blocked == 1600200) {
            throw new CjError(1600200, DAILY_MESSAGE, true, 200, null);
        }
        if (blocked == 1600201) {
            throw new CjError(1600201, "Quota has been used up");
        }
        if (blocked == 16900500) {
            throw new CjError(16900500, "Insufficient API points");
        }
    }

    /** Since mid-2026 the live API may append the account's points budget to any answer. */
    private static void addPointsInfo(AccountState account, Map<String, Object> body) {
        if (account != null && account.config.pointsPerDay() > 0) {
            long used = account.pointsUsedToday();
            Map<String, Object> info = new LinkedHashMap<>();
            info.put("total", account.config.pointsPerDay());
            info.put("usedToday", used);
            info.put("remaining", Math.max(0, account.config.pointsPerDay() - used));
            body.put("pointsInfo", info);
        }
    }

    private ApiRequest parse(Route route, HttpExchange ex, Map<String, List<String>> query, byte[] body, String requestId) {
        String contentType = ex.getRequestHeaders().getFirst("Content-Type");
        switch (route.input()) {
            case JSON -> {
                if (Multipart.isMultipart(contentType)) {
                    throw new CjError(16900203, "Content type not supported[" + contentType + "]");
                }
                if (body.length == 0) {
                    throw new CjError(16900204, "Required request body is missing");
                }
                JsonNode node;
                try {
                    node = mapper.readTree(body);
                } catch (IOException e) {
                    throw new CjError(16900205, "The request parameter is not in a correct JSON format");
                }
                if (node == null || !node.isObject()) {
                    throw new CjError(16900205, "The request parameter is not in a correct JSON format");
                }
                return new ApiRequest(route.operation(), query, node, null, requestId);
            }
            case MULTIPART -> {
                if (!Multipart.isMultipart(contentType)) {
                    throw new CjError(16900203, "Content type not supported[" + contentType + "]");
                }
                return new ApiRequest(route.operation(), query, null, Multipart.parse(contentType, body), requestId);
            }
            default -> {
                return new ApiRequest(route.operation(), query, null, null, requestId);
            }
        }
    }

    private void send(HttpExchange ex, int status, Map<String, Object> body) throws IOException {
        byte[] bytes = mapper.writeValueAsBytes(body);
        ex.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    private void log(String operation, ApiRequest req, String account, int status, Map<String, Object> body) {
        Integer code = null;
        if (body != null) {
            Object c = body.get("code");
            if (c instanceof Number n) {
                code = n.intValue();
            } else if (!Boolean.FALSE.equals(body.get("success")) && !Boolean.FALSE.equals(body.get("result"))) {
                code = 200;
            }
        }
        state.requestLog.add(new SimRequest(operation, req.loggedParams(mapper), account, status, code, state.clock.now()));
    }

    static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return out;
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            out.computeIfAbsent(k, x -> new ArrayList<>()).add(v.trim());
        }
        return out;
    }
}
