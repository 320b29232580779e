package io.camelcj.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Changes the simulated world the way CJ's back office would: prices, stock, new and delisted products,
 * shipping and delivery, balances and limits. Changes fire the matching webhooks.
 */
public final class SimAdmin {

    private final SimState state;
    private final Events events;
    private final OrderApi orders;

    SimAdmin(SimState state, Events events, OrderApi orders) {
        this.state = state;
        this.events = events;
        this.orders = orders;
    }

    private ProductCore product(String pid) {
        ProductCore c = state.catalogue.byPid(pid);
        if (c == null) {
            throw new IllegalArgumentException("no product " + pid);
        }
        return c;
    }

    private Catalogue.VariantRef variant(String vid) {
        Catalogue.VariantRef v = state.catalogue.byVid(vid);
        if (v == null) {
            throw new IllegalArgumentException("no variant " + vid);
        }
        return v;
    }

    /** Sets the product's (lowest) sell price; variant prices move with it. Fires PRODUCT and VARIANT updates. */
    public void setSellPrice(String pid, BigDecimal price) {
        if (price == null || price.signum() <= 0) {
            throw new IllegalArgumentException("price must be > 0");
        }
        ProductCore c = product(pid);
        c.priceCents = price.movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
        events.product(c, "UPDATE", List.of("productSellPrice"));
        for (int j = 0; j < c.variantCount(); j++) {
            events.variant(c, j, "UPDATE", List.of("variantSellPrice"));
        }
    }

    /** Sets a variant's total stock (all of it in the product's first warehouse). Fires a STOCK message. */
    public void setStock(String vid, int quantity) {
        setStock(vid, null, quantity);
    }

    /** Sets a variant's stock in the warehouse of one country (others unchanged). Fires a STOCK message. */
    public void setStock(String vid, String countryCode, int quantity) {
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity must be >= 0");
        }
        Catalogue.VariantRef v = variant(vid);
        Warehouses.Area area = null;
        if (countryCode != null) {
            area = state.catalogue.warehouses.byCountry(countryCode);
            if (area == null) {
                throw new IllegalArgumentException("no warehouse in " + countryCode);
            }
        }
        state.catalogue.inventory.setStock(v.product(), v.j(), area, quantity);
        events.stock(v.product(), List.of(v.j()));
    }

    /** Adds new products listed "now" (simulated clock). Fires PRODUCT INSERT messages. */
    public List<String> addProducts(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1");
        }
        List<String> pids = new ArrayList<>();
        for (ProductCore c : state.catalogue.add(count, state.clock.now().toEpochMilli())) {
            pids.add(state.catalogue.pid(c));
            events.product(c, "INSERT", List.of());
        }
        return pids;
    }

    /** Takes a product off sale: it disappears from lists and queries. Fires a PRODUCT DELETE message. */
    public void delist(String pid) {
        ProductCore c = product(pid);
        c.delisted = true;
        events.product(c, "DELETE", List.of("productStatus"));
    }

    /** UNSHIPPED → SHIPPED with a tracking number (by CJ order id, CJ order code or orderNumber). */
    public void shipOrder(String orderId, String trackingNumber) {
        if (trackingNumber == null || trackingNumber.isBlank()) {
            throw new IllegalArgumentException("trackingNumber must not be blank");
        }
        orders.lifeCycle().ship(orderId, trackingNumber.trim());
    }

    /** SHIPPED → DELIVERED. */
    public void deliverOrder(String orderId) {
        orders.lifeCycle().deliver(orderId);
    }

    public void setBalance(String apiKey, BigDecimal balance) {
        account(apiKey).balance = balance;
    }

    public BigDecimal balance(String apiKey) {
        return account(apiKey).balance;
    }

    public void setQps(String apiKey, double qps) {
        if (!(qps > 0)) {
            throw new IllegalArgumentException("qps must be > 0");
        }
        account(apiKey).qps = qps;
    }

    /** true: the account's balance payments answer 1604001 ("temporarily restricted"). */
    public void setBalancePaymentRestricted(String apiKey, boolean restricted) {
        account(apiKey).balancePaymentRestricted = restricted;
    }

    /** Requests per second per client IP across all accounts; 0 switches the per-IP limit off. */
    public void setIpQps(double qps) {
        state.ipLimit.set(qps);
    }

    /** true: webhook/set accepts https only and refuses loopback hosts (the default); false also accepts http. */
    public void setStrictWebhookUrls(boolean strict) {
        state.strictWebhookUrls = strict;
    }

    /** The order's products are not associated in CJ yet: getOrderDetail answers isComplete 0. */
    public void markOrderIncomplete(String orderId) {
        orders.lifeCycle().markIncomplete(orderId);
    }

    /** CJ re-associated an incomplete order's products: isComplete 1 and an ORDER_CONNNECTED webhook. */
    public void connectOrder(String orderId) {
        orders.lifeCycle().connect(orderId);
    }

    /** CJ splits the order into one part per given group of lines (ORDERSPLIT webhook); lines by index. */
    public void splitOrder(String orderId, List<List<Integer>> lineGroups) {
        orders.lifeCycle().split(orderId, lineGroups);
    }

    private AccountState account(String apiKey) {
        AccountState a = state.accounts.get(apiKey);
        if (a == null) {
            throw new IllegalArgumentException("no account with that API key");
        }
        return a;
    }
}
