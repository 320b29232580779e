package io.camelcj.component.cj.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.apache.camel.support.processor.idempotent.MemoryIdempotentRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 16 item 2 at the receiver: 200 only after processing, 5xx otherwise, ids remembered on success only. */
class CjWebhookDurableReceiverTest {

    private final CjWebhookSignature signature = new CjWebhookSignature("1234567");
    private final List<CompletableFuture<Void>> pending = new CopyOnWriteArrayList<>();
    private final ExecutorService senders = Executors.newFixedThreadPool(4);
    private MemoryIdempotentRepository repository;

    @BeforeEach
    void setUp() {
        repository = (MemoryIdempotentRepository) MemoryIdempotentRepository.memoryIdempotentRepository(100);
        repository.start();
    }

    @AfterEach
    void tearDown() {
        senders.shutdownNow();
    }

    /** A receiver whose sink hands back a future the test completes (the "route"). */
    private CjWebhookReceiver receiver(CjWebhookAnswerMode mode, Duration timeout) {
        return new CjWebhookReceiver(signature, new CjWebhookReceiver.Settings(4096, mode, timeout, true), repository,
                event -> {
                    CompletableFuture<Void> route = new CompletableFuture<>();
                    pending.add(route);
                    return route;
                });
    }

    private Future<CjWebhookResponse> post(CjWebhookReceiver receiver, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return senders.submit(() -> receiver.receive(body, signature.sign(body)));
    }

    private void awaitPending(int n) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (pending.size() < n && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(pending).hasSize(n);
    }

    @Test
    void answersOnlyWhenTheRouteHasCompleted() throws Exception {
        CjWebhookReceiver receiver = receiver(CjWebhookAnswerMode.AFTER_ROUTE, Duration.ofSeconds(2));
        Future<CjWebhookResponse> answer = post(receiver, "{\"messageId\":\"a1\",\"type\":\"ORDER\"}");
        awaitPending(1);
        Thread.sleep(100);
        assertThat(answer.isDone()).isFalse();
        assertThat(repository.contains("a1")).isFalse();
        pending.get(0).complete(null);
        assertThat(answer.get(2, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(repository.contains("a1")).isTrue();
        assertThat(post(receiver, "{\"messageId\":\"a1\",\"type\":\"ORDER\"}").get().reason()).isEqualTo("DUPLICATE");
    }

    @Test
    void aRouteFailureIs500AndTheRedeliveryIsProcessed() throws Exception {
        CjWebhookReceiver receiver = receiver(CjWebhookAnswerMode.AFTER_ROUTE, Duration.ofSeconds(2));
        Future<CjWebhookResponse> first = post(receiver, "{\"messageId\":\"f1\",\"type\":\"ORDER\"}");
        awaitPending(1);
        pending.get(0).completeExceptionally(new IllegalStateException("kafka down"));
        assertThat(first.get(2, TimeUnit.SECONDS).status()).isEqualTo(500);
        assertThat(repository.contains("f1")).isFalse();

        Future<CjWebhookResponse> again = post(receiver, "{\"messageId\":\"f1\",\"type\":\"ORDER\"}");
        awaitPending(2);
        pending.get(1).complete(null);
        assertThat(again.get(2, TimeUnit.SECONDS).reason()).isEqualTo("ACCEPTED");
    }

    @Test
    void noResultWithinTheDeadlineIs503AndALateSuccessStillCounts() throws Exception {
        CjWebhookReceiver receiver = receiver(CjWebhookAnswerMode.AFTER_ROUTE, Duration.ofMillis(200));
        long started = System.nanoTime();
        CjWebhookResponse answer = post(receiver, "{\"messageId\":\"t1\",\"type\":\"ORDER\"}").get(2, TimeUnit.SECONDS);
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.reason()).isEqualTo("TIMEOUT");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
        // the route finishes later: the redelivery is a duplicate, not a second copy downstream
        pending.get(0).complete(null);
        assertThat(post(receiver, "{\"messageId\":\"t1\",\"type\":\"ORDER\"}").get().reason()).isEqualTo("DUPLICATE");
        assertThat(pending).hasSize(1);
    }

    @Test
    void aCopyArrivingWhileTheFirstRunsWaitsForItsResult() throws Exception {
        CjWebhookReceiver receiver = receiver(CjWebhookAnswerMode.AFTER_ROUTE, Duration.ofSeconds(2));
        Future<CjWebhookResponse> first = post(receiver, "{\"messageId\":\"c1\",\"type\":\"ORDER\"}");
        awaitPending(1);
        Future<CjWebhookResponse> copy = post(receiver, "{\"messageId\":\"c1\",\"type\":\"ORDER\"}");
        Thread.sleep(100);
        assertThat(copy.isDone()).isFalse();
        pending.get(0).complete(null);
        assertThat(first.get(2, TimeUnit.SECONDS).reason()).isEqualTo("ACCEPTED");
        assertThat(copy.get(2, TimeUnit.SECONDS).reason()).isEqualTo("DUPLICATE");
        assertThat(pending).hasSize(1);
    }

    @Test
    void onReceiptAnswersAtOnceAndForgetsAFailedId() throws Exception {
        CjWebhookReceiver receiver = receiver(CjWebhookAnswerMode.ON_RECEIPT, Duration.ofSeconds(2));
        assertThat(post(receiver, "{\"messageId\":\"r1\",\"type\":\"ORDER\"}").get(1, TimeUnit.SECONDS).status())
                .isEqualTo(200);
        assertThat(repository.contains("r1")).isTrue();
        pending.get(0).completeExceptionally(new IllegalStateException("late failure"));
        assertThat(repository.contains("r1")).isFalse();
    }

    @Test
    void afterStopAcceptingEveryRequestIs503() throws Exception {
        CjWebhookReceiver receiver = receiver(CjWebhookAnswerMode.AFTER_ROUTE, Duration.ofSeconds(2));
        Future<CjWebhookResponse> running = post(receiver, "{\"messageId\":\"s1\",\"type\":\"ORDER\"}");
        awaitPending(1);
        receiver.stopAccepting();
        assertThat(post(receiver, "{\"messageId\":\"s2\",\"type\":\"ORDER\"}").get().reason()).isEqualTo("STOPPING");
        assertThat(receiver.awaitAnswered(Duration.ofMillis(100))).isFalse();
        pending.get(0).complete(null);
        // what was taken before the stop is answered
        assertThat(running.get(2, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(receiver.awaitAnswered(Duration.ofSeconds(1))).isTrue();
    }

    @Test
    void aBodyOfExactlyTheLimitIsAcceptedOneByteMoreIs413() throws Exception {
        CjWebhookReceiver receiver = new CjWebhookReceiver(signature, CjWebhookReceiver.Settings.afterRoute(100),
                repository, event -> CompletableFuture.completedFuture(null));
        String head = "{\"messageId\":\"l1\",\"type\":\"ORDER\",\"pad\":\"";
        String exact = head + "x".repeat(100 - head.length() - 2) + "\"}";
        assertThat(exact).hasSize(100);
        byte[] body = exact.getBytes(StandardCharsets.UTF_8);
        assertThat(receiver.receive(body, signature.sign(body)).status()).isEqualTo(200);
        byte[] bigger = (exact.substring(0, 99) + "x\"}").getBytes(StandardCharsets.UTF_8);
        assertThat(receiver.receive(bigger, signature.sign(bigger)).status()).isEqualTo(413);
    }
}
