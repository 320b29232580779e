package io.camelcj.component.cj.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CjWebhookReceiverTest {

    private static final String OPEN_ID = "1234567";
    private final CjWebhookSignature signature = new CjWebhookSignature(OPEN_ID);
    private final List<CjWebhookEvent> accepted = new CopyOnWriteArrayList<>();
    private final AtomicBoolean queueFull = new AtomicBoolean();
    private MemoryIdempotentRepository repository;
    private CjWebhookReceiver receiver;

    @BeforeEach
    void setUp() {
        repository = (MemoryIdempotentRepository) MemoryIdempotentRepository.memoryIdempotentRepository(1000);
        repository.start();
        receiver = new CjWebhookReceiver(signature, CjWebhookReceiver.Settings.afterRoute(4096), repository,
                this::acceptUnlessFull);
    }

    private CompletionStage<?> acceptUnlessFull(CjWebhookEvent event) {
        if (queueFull.get()) {
            throw new RejectedExecutionException("queue full");
        }
        accepted.add(event);
        return CompletableFuture.completedFuture(null);
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private CjWebhookResponse send(String json) {
        byte[] body = bytes(json);
        return receiver.receive(body, signature.sign(body));
    }

    @Test
    void acceptsSignedMessageAndHandsItOff() {
        String json = "{\"messageId\":\"m1\",\"type\":\"PRODUCT\",\"messageType\":\"UPDATE\","
                + "\"params\":{\"pid\":\"1424608189734850560\",\"productSellPrice\":11.85,\"fields\":[\"productSellPrice\"]},"
                + "\"newField\":\"kept\"}";
        CjWebhookResponse response = send(json);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("\"result\":true");
        assertThat(accepted).hasSize(1);
        CjWebhookEvent event = accepted.get(0);
        assertThat(event.messageId()).isEqualTo("m1");
        assertThat(event.type()).isEqualTo("PRODUCT");
        assertThat(event.messageType()).isEqualTo("UPDATE");
        assertThat(event.entityId()).isEqualTo("1424608189734850560");
        assertThat(event.rawJson()).isEqualTo(json);
        assertThat(event.message()).containsEntry("newField", "kept");
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) event.message().get("params");
        assertThat(params.get("productSellPrice")).isEqualTo(new BigDecimal("11.85"));
    }

    @Test
    void duplicateIsAnsweredOkButHandedOffOnce() {
        String json = "{\"messageId\":\"dup\",\"type\":\"STOCK\",\"params\":{\"v1\":[{\"vid\":\"v1\",\"storageNum\":3}]}}";
        assertThat(send(json).reason()).isEqualTo("ACCEPTED");
        CjWebhookResponse second = send(json);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.reason()).isEqualTo("DUPLICATE");
        assertThat(accepted).hasSize(1);
        assertThat(receiver.answerCounts()).containsEntry("ACCEPTED", 1L).containsEntry("DUPLICATE", 1L);
        assertThat(accepted.get(0).entityId()).isEqualTo("v1");
    }

    @Test
    void concurrentCopiesOfOneMessageAreHandedOffOnce() throws Exception {
        String json = "{\"messageId\":\"race\",\"type\":\"ORDER\",\"params\":{\"orderNumber\":\"o-1\"}}";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<CjWebhookResponse>> futures = new CopyOnWriteArrayList<>();
            for (int i = 0; i < 32; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return send(json);
                }));
            }
            go.countDown();
            for (Future<CjWebhookResponse> f : futures) {
                assertThat(f.get(5, TimeUnit.SECONDS).status()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(accepted).hasSize(1);
        assertThat(accepted.get(0).entityId()).isEqualTo("o-1");
    }

    @Test
    void forgedSignatureIs401AndDoesNotPoisonDedupe() {
        byte[] body = bytes("{\"messageId\":\"m2\",\"type\":\"ORDER\",\"params\":{}}");
        CjWebhookResponse forged = receiver.receive(body, new CjWebhookSignature("999").sign(body));
        assertThat(forged.status()).isEqualTo(401);
        assertThat(receiver.receive(body, null).status()).isEqualTo(401);
        assertThat(accepted).isEmpty();
        // the genuine message with the same id is still accepted afterwards
        assertThat(receiver.receive(body, signature.sign(body)).reason()).isEqualTo("ACCEPTED");
        assertThat(accepted).hasSize(1);
    }

    @Test
    void malformedBodiesAre400() {
        assertThat(send("{not json").status()).isEqualTo(400);
        assertThat(send("[1,2]").status()).isEqualTo(400);
        assertThat(send("null").status()).isEqualTo(400);
        assertThat(send("{\"type\":\"PRODUCT\"}").body()).contains("messageId");
        assertThat(send("{\"messageId\":\"x\"}").body()).contains("type");
        assertThat(send("{\"messageId\":\"x\",\"type\":\"ORDER\",\"params\":[1]}").body()).contains("params");
        assertThat(send("{\"messageId\":\"x\",\"type\":\"ORDER\"} trailing").status()).isEqualTo(400);
        assertThat(accepted).isEmpty();
        assertThat(receiver.answerCounts()).containsExactly(java.util.Map.entry("MALFORMED", 7L));
    }

    @Test
    void oversizeBodyIs413BeforeSignatureCheck() {
        byte[] big = new byte[5000];
        assertThat(receiver.receive(big, "whatever").status()).isEqualTo(413);
    }

    @Test
    void oversizeStreamIs413WhetherDeclaredOrChunked() {
        byte[] big = new byte[5000];
        assertThat(receiver.receive(new ByteArrayInputStream(big), big.length, null).status()).isEqualTo(413);
        // no Content-Length: the limit applies while reading
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };
        assertThat(receiver.receive(endless, -1, null).status()).isEqualTo(413);
    }

    @Test
    void streamWithinLimitIsAccepted() {
        byte[] body = bytes("{\"messageId\":\"s1\",\"type\":\"LOGISTIC\",\"openId\":1234567,"
                + "\"params\":{\"orderId\":210823100016290555,\"trackingNumber\":\"T1\"}}");
        CjWebhookResponse response = receiver.receive(new ByteArrayInputStream(body), -1, signature.sign(body));
        assertThat(response.status()).isEqualTo(200);
        assertThat(accepted.get(0).entityId()).isEqualTo("210823100016290555");
    }

    @Test
    void fullQueueIs503AndTheMessageCanBeRetried() {
        String json = "{\"messageId\":\"q1\",\"type\":\"VARIANT\",\"params\":{\"vid\":\"v9\"}}";
        queueFull.set(true);
        assertThat(send(json).status()).isEqualTo(503);
        queueFull.set(false);
        assertThat(send(json).reason()).isEqualTo("ACCEPTED");
        assertThat(accepted).hasSize(1);
    }

    @Test
    void aSignedEmptyObjectIsAPingAnswered200AndNotHandedOff() {
        // what the URL check of webhook/set sends (the simulator's; CJ does not document it)
        CjWebhookResponse ping = send("{}");
        assertThat(ping.status()).isEqualTo(200);
        assertThat(ping.reason()).isEqualTo("PING");
        assertThat(accepted).isEmpty();
        assertThat(receiver.receive(bytes("{}"), null).status()).isEqualTo(401);
    }

    @Test
    void unknownTypeIsAcceptedWithoutEntityId() {
        assertThat(send("{\"messageId\":\"u1\",\"type\":\"SOMETHINGNEW\",\"params\":{\"x\":1}}").status()).isEqualTo(200);
        assertThat(accepted.get(0).entityId()).isNull();
        assertThat(accepted.get(0).type()).isEqualTo("SOMETHINGNEW");
    }

    @Test
    void withoutVerifierUnsignedMessagesPass() {
        CjWebhookReceiver open = new CjWebhookReceiver(null, CjWebhookReceiver.Settings.afterRoute(4096), repository,
                this::acceptUnlessFull);
        assertThat(open.receive(bytes("{\"messageId\":\"n1\",\"type\":\"ORDER\"}"), null).status()).isEqualTo(200);
        assertThat(accepted).hasSize(1);
    }
}
