package io.camelcj.component.cj.webhook;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * A per-request read deadline for the JDK HTTP server, which has none of its own per server (only the
 * JVM-wide {@code sun.net.httpserver.maxReqTime}). The server reads a request's line, headers and body on
 * the thread that then runs the handler, from a blocking socket channel; a client trickling its headers
 * holds that thread. Every task the server hands its executor is wrapped: when the request is not read
 * within the deadline its thread is interrupted, which closes the interruptible channel (the connection is
 * dropped and the thread freed). The handler ends the deadline once the body is read.
 */
final class ReadDeadlines implements AutoCloseable {

    private final Duration limit;
    private final ScheduledThreadPoolExecutor timer;
    private final ThreadLocal<Deadline> current = new ThreadLocal<>();
    private final LongAdder expired = new LongAdder();

    ReadDeadlines(Duration limit) {
        this.limit = limit;
        this.timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "cj-webhook-read-deadline");
            t.setDaemon(true);
            return t;
        });
        timer.setRemoveOnCancelPolicy(true);
    }

    /** The task with a deadline on reading its request. */
    Runnable guard(Runnable task) {
        return () -> {
            Deadline deadline = new Deadline(Thread.currentThread());
            ScheduledFuture<?> alarm = timer.schedule(deadline::expire, limit.toNanos(), TimeUnit.NANOSECONDS);
            current.set(deadline);
            try {
                task.run();
            } finally {
                deadline.finish();
                alarm.cancel(false);
                current.remove();
                // an interrupt delivered before finish() must not leak into the pool thread's next task
                Thread.interrupted();
            }
        };
    }

    /**
     * Called by the handler when the request is read.
     *
     * @return false when the deadline has passed already (the connection is being closed)
     */
    boolean requestRead() {
        Deadline deadline = current.get();
        return deadline == null || deadline.end();
    }

    /** Requests cut off so far. */
    long expiredCount() {
        return expired.sum();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }

    private final class Deadline {
        private final Thread thread;
        private boolean armed = true;
        private boolean fired;

        Deadline(Thread thread) {
            this.thread = thread;
        }

        synchronized void expire() {
            if (armed) {
                armed = false;
                fired = true;
                expired.increment();
                thread.interrupt();
            }
        }

        synchronized boolean end() {
            armed = false;
            return !fired;
        }

        synchronized void finish() {
            armed = false;
        }
    }
}
