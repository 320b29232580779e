package io.camelcj.routes.feeds;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.camelcj.component.cj.CjApiException;
import io.camelcj.component.cj.api.CjOperation;
import io.camelcj.routes.support.CjCaller;
import io.camelcj.component.cj.CjErrorCategory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of the order status feed, with as few CJ calls as the API allows. {@code shopping/order/list}
 * filters by status (without one, the reference says only CANCELLED orders are listed), so:
 * <ol>
 * <li>in {@code all} mode, the account's orders in the non-final statuses are listed (pages of
 * {@code pageSize}); every order seen this way is followed and needs no further call;</li>
 * <li>the other followed orders are grouped by the status they are expected to have (last reported, or
 * the hint they came with) and fetched {@code batchSize} at a time with
 * {@code shopping/order/list?status=S&orderIds=a&orderIds=b...};</li>
 * <li>only orders the batch did not return (their status changed: the interesting case), orders with no
 * expected status and orders known by their order number alone are looked up one by one with
 * {@code getOrderDetail} (which accepts both ids).</li>
 * </ol>
 * So a poll in which nothing changed costs one call per status group and batch.
 */
public final class OrderStatusPoller {


    private static final Logger LOG = LoggerFactory.getLogger(OrderStatusPoller.class);

    private final CjCalls cj;
    private final OrderStatusTracker tracker;
    private final int batchSize;
    private final List<String> discoveryStatuses;
    private final int pageSize;

    /**
     * @param discoveryStatuses statuses listed to find the account's orders ({@code all} mode); empty to
     *                          follow only the orders handed to {@link OrderStatusTracker#follow}
     */
    public OrderStatusPoller(CjCalls cj, OrderStatusTracker tracker, int batchSize, List<String> discoveryStatuses,
                             int pageSize) {
        this.cj = Objects.requireNonNull(cj, "cj");
        this.tracker = Objects.requireNonNull(tracker, "tracker");
        if (batchSize < 1 || pageSize < 1) {
            throw new IllegalArgumentException("batchSize and pageSize must be at least 1");
        }
        this.batchSize = batchSize;
        this.discoveryStatuses = List.copyOf(discoveryStatuses);
        this.pageSize = pageSize;
    }

    /** Polls CJ and returns the changes to publish (not yet recorded in the tracker). */
    public List<OrderStatusChange> poll() {
        Map<String, OrderSnapshot> seen = new LinkedHashMap<>();
        for (String status : discoveryStatuses) {
            discover(status, seen);
        }
        Map<String, List<OrderWatch>> byStatus = new LinkedHashMap<>();
        List<OrderWatch> oneByOne = new ArrayList<>();
        for (OrderWatch watch : tracker.active()) {
            if (watch.orderId() != null && seen.containsKey(watch.orderId())) {
                continue;
            }
            if (watch.expectedStatus() != null && discoveryStatuses.contains(watch.expectedStatus())) {
                // discovery listed that status without this order: it moved on, look it up directly
                oneByOne.add(watch);
            } else if (watch.orderId() != null && watch.expectedStatus() != null) {
                byStatus.computeIfAbsent(watch.expectedStatus(), s -> new ArrayList<>()).add(watch);
            } else {
                oneByOne.add(watch);
            }
        }
        byStatus.forEach((status, watches) -> {
            for (int from = 0; from < watches.size(); from += batchSize) {
                List<OrderWatch> batch = watches.subList(from, Math.min(watches.size(), from + batchSize));
                oneByOne.addAll(fetchBatch(status, batch, seen));
            }
        });
        for (OrderWatch watch : oneByOne) {
            fetchOne(watch).ifPresent(s -> seen.put(key(s, watch), s));
        }
        List<OrderStatusChange> changes = new ArrayList<>();
        for (OrderSnapshot snapshot : seen.values()) {
            tracker.seen(snapshot);
            tracker.changeOf(snapshot).ifPresent(changes::add);
        }
        return changes;
    }

    private void discover(String status, Map<String, OrderSnapshot> seen) {
        for (int page = 1; ; page++) {
            Map<String, Object> params = new LinkedHashMap<>();
            params.put("status", status);
            params.put("pageNum", page);
            params.put("pageSize", pageSize);
            CjCaller.Page listed;
            try {
                listed = cj.page(CjOperation.ORDER_LIST, params);
            } catch (CjApiException e) {
                PollFailures.skipOrRethrow(e, "order status");
                return;
            }
            List<Map<String, Object>> orders = listed.items();
            for (Map<String, Object> order : orders) {
                OrderSnapshot snapshot = OrderSnapshot.of(order);
                if (snapshot.orderId() == null || tracker.isFinal(snapshot.status())) {
                    continue;
                }
                tracker.follow(snapshot.orderNumber(), snapshot.orderId(), snapshot.status());
                seen.put(snapshot.orderId(), snapshot);
            }
            Long total = listed.total();
            if (orders.size() < pageSize || (total != null && (long) page * pageSize >= total)) {
                return;
            }
        }
    }

    /** Returns the watches of the batch that CJ did not return (no longer in that status). */
    private List<OrderWatch> fetchBatch(String status, List<OrderWatch> batch, Map<String, OrderSnapshot> seen) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("status", status);
        params.put("orderIds", batch.stream().map(OrderWatch::orderId).toList());
        params.put("pageNum", 1);
        params.put("pageSize", batch.size());
        List<Map<String, Object>> orders;
        try {
            orders = cj.page(CjOperation.ORDER_LIST, params).items();
        } catch (CjApiException e) {
            PollFailures.skipOrRethrow(e, "order status");
            return List.of();
        }
        for (Map<String, Object> order : orders) {
            OrderSnapshot snapshot = OrderSnapshot.of(order);
            if (snapshot.orderId() != null) {
                seen.put(snapshot.orderId(), snapshot);
            }
        }
        return batch.stream().filter(w -> !seen.containsKey(w.orderId())).toList();
    }

    private Optional<OrderSnapshot> fetchOne(OrderWatch watch) {
        try {
            Object data = cj.call(CjOperation.ORDER_DETAIL, Map.of("orderId", watch.lookupId()));
            if (data instanceof Map<?, ?> order) {
                return Optional.of(OrderSnapshot.of(order));
            }
            missed(watch);
        } catch (CjApiException e) {
            // CJ answers an unknown order id with a parameter error ("order not found"), not a 404
            if (e.getCategory() == CjErrorCategory.NOT_FOUND || e.getCategory() == CjErrorCategory.INVALID_PARAMETER) {
                missed(watch);
            } else {
                // a transient failure is not a miss: the order is tried again next poll
                PollFailures.skipOrRethrow(e, "order status");
            }
        }
        return Optional.empty();
    }

    private void missed(OrderWatch watch) {
        if (tracker.missed(watch)) {
            LOG.warn("CJ does not know order {}: stopped following it", watch.lookupId());
        }
    }

    private static String key(OrderSnapshot snapshot, OrderWatch watch) {
        return snapshot.orderId() != null ? snapshot.orderId() : watch.lookupId();
    }
}
