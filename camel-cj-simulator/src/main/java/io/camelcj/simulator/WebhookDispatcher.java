package io.camelcj.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * POSTs webhook messages to the callback URLs set with webhook/set, one at a time in order, signed like CJ:
 * header {@code sign} = Base64(HMAC-SHA256(key = the account's openId as a string, message = the raw body)).
 * Like the live API it may send a message twice ({@link #duplicateProbability(double)}); it does not retry.
 */
public final class WebhookDispatcher implements AutoCloseable {

    /** The outcome of webhook/set's call of a new callback URL: code 0 when it answered 200 in time. */
    record Check(int code, String message) {
    }

    /** Appendix 1's wording for 1606001 and 1607000. */
    private static final String REQUIREMENTS = "You do not meet our service requirements, Please check and try again."
            + " 1.Request Protocols: HTTPS, 2. Request Method: POST, 3.Content-Type: application/json,"
            + " 4. Response Status Code: 200, 5. Response must be returned within 3 seconds.";
    /** The reference: "Response must be returned within 3 seconds". */
    static final Duration CALLBACK_TIMEOUT = Duration.ofSeconds(3);

    /** One POST: where, which message, the answer's HTTP status (0 when the call failed). */
    public record Delivery(String url, String type, String messageId, int status, boolean duplicate) {
    }

    private static final System.Logger LOG = System.getLogger(WebhookDispatcher.class.getName());

    private final ObjectMapper mapper;
    private final Iterable<AccountState> accounts;
    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicInteger threadIds = new AtomicInteger();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cj-sim-webhook-" + threadIds.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final ConcurrentLinkedQueue<Delivery> deliveries = new ConcurrentLinkedQueue<>();
    private volatile double duplicateProbability;
    private volatile Random random = new Random(0);

    WebhookDispatcher(ObjectMapper mapper, Iterable<AccountState> accounts) {
        this.mapper = mapper;
        this.accounts = accounts;
    }

    /** Probability that a message is sent a second time (same body and messageId). */
    public WebhookDispatcher duplicateProbability(double probability) {
        return duplicateProbability(probability, 0);
    }

    public WebhookDispatcher duplicateProbability(double probability, long seed) {
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("probability must be within [0, 1]");
        }
        this.duplicateProbability = probability;
        this.random = new Random(seed);
        return this;
    }

    /** POSTs answered with a 2xx status. */
    public long deliveredCount() {
        return deliveries.stream().filter(d -> d.status() >= 200 && d.status() < 300).count();
    }

    public List<Delivery> deliveries() {
        return new ArrayList<>(deliveries);
    }

    /**
     * Sends a message of {@code type} (PRODUCT, VARIANT, STOCK, ORDER, LOGISTIC) to every account that has a
     * callback URL for it. {@code payload} is either a whole message (with "params") or just its params.
     * Returns how many accounts it was queued for.
     */
    public int send(String type, Map<String, Object> payload) {
        String t = type.toUpperCase(Locale.ROOT);
        Map<String, Object> message;
        if (payload.containsKey("params")) {
            message = new LinkedHashMap<>(payload);
            message.putIfAbsent("messageId", newMessageId());
            message.putIfAbsent("type", t);
            message.putIfAbsent("messageType", "UPDATE");
        } else {
            message = message(t, "UPDATE", payload);
        }
        int queued = 0;
        for (AccountState a : accounts) {
            if (dispatch(a, t, message)) {
                queued++;
            }
        }
        return queued;
    }

    static Map<String, Object> message(String type, String messageType, Map<String, Object> params) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("messageId", newMessageId());
        m.put("type", type);
        m.put("messageType", messageType);
        m.put("params", params);
        return m;
    }

    static String newMessageId() {
        return UUID.randomUUID().toString().replace("-", "");
    }

    /** The webhook/set key that receives a message type. */
    static String settingKey(String type) {
        return switch (type) {
            case "PRODUCT", "VARIANT", "SOURCINGCREATE" -> "product";
            case "STOCK" -> "stock";
            case "ORDER", "ORDERSPLIT" -> "order";
            case "LOGISTIC" -> "logistics";
            default -> type.toLowerCase(Locale.ROOT);
        };
    }

    /** Queues the message for one account if it has an enabled callback for the type. */
    boolean dispatch(AccountState account, String type, Map<String, Object> message) {
        AccountState.Callback cb = account.callbacks.get(settingKey(type));
        if (cb == null || !"ENABLE".equals(cb.type()) || cb.url() == null) {
            return false;
        }
        byte[] body;
        try {
            body = mapper.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String sign = sign(String.valueOf(account.config.openId()), body);
        String messageId = String.valueOf(message.get("messageId"));
        boolean twice;
        synchronized (this) {
            twice = duplicateProbability > 0 && random.nextDouble() < duplicateProbability;
        }
        sender.execute(() -> post(cb.url(), type, messageId, body, sign, false));
        if (twice) {
            sender.execute(() -> post(cb.url(), type, messageId, body, sign, true));
        }
        return true;
    }

    /**
     * webhook/set calls a new callback URL once, as CJ does, and it must answer 200 within 3 seconds. What CJ
     * sends in that call is not documented; the simulator POSTs a signed empty JSON object {@code {}} (no type, so
     * a receiver that counts messages by type sees nothing). Not recorded in {@link #deliveries()}.
     */
    Check check(AccountState account, String url) {
        byte[] body = {'{', '}'};
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(CALLBACK_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("sign", sign(String.valueOf(account.config.openId()), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 ? new Check(0, null)
                    : new Check(1607003, "Webhook url error, Http Status must be 200 (" + url + " answered " + status + ")");
        } catch (java.net.http.HttpTimeoutException e) {
            return new Check(1607000, REQUIREMENTS + " (" + url + " did not answer within 3 seconds)");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Check(1606001, REQUIREMENTS + " (interrupted calling " + url + ")");
        } catch (IOException | IllegalArgumentException e) {
            return new Check(1606001, REQUIREMENTS + " (" + url + " could not be called: " + e + ")");
        }
    }

    static String sign(String openId, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(openId.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void post(String url, String type, String messageId, byte[] body, String sign, boolean duplicate) {
        int status = 0;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(3))
                    .header("Content-Type", "application/json")
                    .header("sign", sign)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                    .build();
            status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "webhook {0} to {1} failed: {2}", type, url, e.toString());
        }
        deliveries.add(new Delivery(url, type, messageId, status, duplicate));
    }

    @Override
    public void close() {
        sender.shutdownNow();
        try {
            sender.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
