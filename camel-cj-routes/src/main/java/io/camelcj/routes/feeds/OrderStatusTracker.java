package io.camelcj.routes.feeds;

import java.time.Clock;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what the status feed reports: an order is reported when its status, tracking number or
 * logistics name differs from what was last reported, and is no longer followed once it reaches a final
 * state. Changes are only remembered by {@link #recorded} after they were published (at-least-once).
 * Thread-safe: the source-topic consumer and the poller use it at the same time.
 */
public final class OrderStatusTracker {

    private final OrderWatchStore store;
    private final Set<String> finalStatuses;
    private final int maxMisses;
    private final Clock clock;

    /**
     * @param finalStatuses statuses after which CJ no longer changes an order (DELIVERED, CANCELLED)
     * @param maxMisses     polls in a row in which CJ may not know an order before it is dropped
     */
    public OrderStatusTracker(OrderWatchStore store, Set<String> finalStatuses, int maxMisses, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.finalStatuses = Set.copyOf(finalStatuses);
        this.maxMisses = maxMisses;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Starts following an order (no-op when already known; fills in a missing id).
     *
     * @param statusHint the status the order is believed to have (lets the poller batch it), may be null
     */
    public synchronized void follow(String orderNumber, String orderId, String statusHint) {
        if (orderNumber == null && orderId == null) {
            throw new IllegalArgumentException("an order to follow needs orderNumber or orderId");
        }
        Optional<OrderWatch> known = store.find(orderNumber, orderId);
        if (known.isEmpty()) {
            store.save(new OrderWatch(orderId, orderNumber, null, statusHint, true, 0));
        } else if ((known.get().orderId() == null && orderId != null)
                || (known.get().orderNumber() == null && orderNumber != null)) {
            store.save(known.get().withIds(orderId, orderNumber));
        }
    }

    /** Whether the order is known at all (followed now or reported final before). */
    public boolean knows(String orderNumber, String orderId) {
        return store.find(orderNumber, orderId).isPresent();
    }

    public boolean isFinal(String status) {
        return status != null && finalStatuses.contains(status);
    }

    public Collection<OrderWatch> active() {
        return store.active();
    }

    /** The change to report for this observation of a followed order, empty when nothing changed. */
    public synchronized Optional<OrderStatusChange> changeOf(OrderSnapshot observed) {
        Optional<OrderWatch> watch = store.find(observed.orderNumber(), observed.orderId());
        if (watch.isEmpty() || !watch.get().active() || observed.status() == null) {
            return Optional.empty();
        }
        OrderSnapshot last = watch.get().last();
        if (!observed.differsFrom(last)) {
            return Optional.empty();
        }
        String orderNumber = watch.get().orderNumber() != null ? watch.get().orderNumber() : observed.orderNumber();
        String orderId = observed.orderId() != null ? observed.orderId() : watch.get().orderId();
        return Optional.of(new OrderStatusChange(orderNumber, orderId, observed.status(),
                last == null ? null : last.status(), observed.trackNumber(), observed.logisticName(),
                observed.trackingUrl(), isFinal(observed.status()), clock.instant().toString()));
    }

    /** Remembers a published change; an order in a final state stops being followed. */
    public synchronized void recorded(OrderStatusChange change) {
        OrderWatch watch = store.find(change.orderNumber(), change.orderId())
                .orElseGet(() -> new OrderWatch(change.orderId(), change.orderNumber(), null, null, true, 0));
        OrderSnapshot snapshot = new OrderSnapshot(change.orderId(), change.orderNumber(), change.status(),
                change.trackNumber(), change.logisticName(), change.trackingUrl());
        store.save(watch.withLast(snapshot, !change.finalStatus()));
    }

    /**
     * Takes a record this feed published earlier (read back from its own topic, in order, before the first
     * poll): the order is known again with what was last reported, so it is not reported twice, and a
     * finished order is not followed again.
     */
    public synchronized void restore(OrderStatusChange published) {
        recorded(published);
    }

    /** CJ did not return this order; after {@code maxMisses} polls in a row it is dropped. */
    public synchronized boolean missed(OrderWatch watch) {
        OrderWatch missed = watch.withMisses(watch.misses() + 1);
        boolean drop = missed.misses() >= maxMisses;
        store.save(drop ? missed.stopped() : missed);
        return drop;
    }

    /** An observation without change still proves CJ knows the order: reset its miss count. */
    public synchronized void seen(OrderSnapshot observed) {
        store.find(observed.orderNumber(), observed.orderId())
                .filter(w -> w.misses() > 0 || w.orderId() == null)
                .ifPresent(w -> store.save(w.withIds(observed.orderId(), observed.orderNumber()).withMisses(0)));
    }
}
