package io.camelcj.routes.orders.validation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.camelcj.routes.orders.OrderPushOptions;
import io.camelcj.routes.orders.model.OrderRequest;
import io.camelcj.routes.orders.model.OrderRequestLine;

/**
 * Checks an order against the createOrderV2/V3 request table of the CJ API 2.0 reference (required fields, the
 * "Length" column, Appendix 2 country codes, Appendix 3 platforms, the IOSS and shipping-mode rules) before any
 * call is made, so that an order CJ would refuse never costs a request and is reported with the field at fault.
 */
public final class OrderValidator {

    /** The reference gives the {@code products} list a length of 20. */
    public static final int MAX_LINES = 20;
    private static final Set<Integer> IOSS_TYPES = Set.of(1, 2, 3);
    private static final Set<Integer> SHOP_LOGISTICS_TYPES = Set.of(1, 2, 3);
    private static final Set<Integer> PAY_TYPES = Set.of(2, 3);
    /** The reference: "If iossType=3, the value is fixed to CJ-IOSS". */
    private static final String CJ_IOSS = "CJ-IOSS";

    private final int maxQuantity;
    private final BigDecimal maxLineValue;

    /**
     * @param maxQuantity  sanity bound on a line's quantity (the reference sets none; a typo must not order millions)
     * @param maxLineValue sanity bound on quantity × unitPrice of a line that gives a unitPrice
     */
    public OrderValidator(int maxQuantity, BigDecimal maxLineValue) {
        this.maxQuantity = maxQuantity;
        this.maxLineValue = maxLineValue;
    }

    /** With the default bounds of {@code camel.cj.orders.max-quantity} and {@code max-line-value}. */
    public OrderValidator() {
        this(OrderPushOptions.MAX_QUANTITY.defaultValue(), OrderPushOptions.MAX_LINE_VALUE.defaultValue());
    }

    /** Returns every violation found, in field order; empty when the order may be sent. */
    public List<Violation> validate(OrderRequest order) {
        Checks c = new Checks();
        c.text("orderNumber", order.getOrderNumber(), true, 50);
        c.text("shippingZip", order.getShippingZip(), false, 20);
        c.country("shippingCountryCode", order.getShippingCountryCode());
        c.text("shippingCountry", order.getShippingCountry(), true, 50);
        c.text("shippingProvince", order.getShippingProvince(), true, 50);
        c.text("shippingCity", order.getShippingCity(), true, 50);
        c.text("shippingCounty", order.getShippingCounty(), false, 50);
        c.text("shippingPhone", order.getShippingPhone(), false, 20);
        c.text("shippingCustomerName", order.getShippingCustomerName(), true, 50);
        c.text("shippingAddress", order.getShippingAddress(), true, 200);
        c.text("shippingAddress2", order.getShippingAddress2(), false, 200);
        c.text("houseNumber", order.getHouseNumber(), false, 20);
        c.text("email", order.getEmail(), false, 50);
        c.text("taxId", order.getTaxId(), false, 20);
        c.text("remark", order.getRemark(), false, 500);
        c.text("consigneeID", order.getConsigneeID(), false, 20);
        c.notNegative("shopAmount", order.getShopAmount());
        c.text("logisticName", order.getLogisticName(), true, 50);
        c.country("fromCountryCode", order.getFromCountryCode());
        if (c.text("platform", order.getPlatform(), false, 20) && order.getPlatform() != null
                && !CjCodeList.PLATFORMS.contains(order.getPlatform())) {
            c.add("platform", "'" + order.getPlatform() + "' is not a platform of CJ's Appendix 3");
        }
        c.oneOf("payType", order.getPayType(), PAY_TYPES);
        checkIoss(order, c);
        checkShippingMode(order, c);
        checkLines(order.getProducts(), c);
        return c.violations;
    }

    private static void checkIoss(OrderRequest order, Checks c) {
        c.oneOf("iossType", order.getIossType(), IOSS_TYPES);
        c.text("iossNumber", order.getIossNumber(), false, 10);
        Integer type = order.getIossType();
        if (type != null && type == 2 && isBlank(order.getIossNumber())) {
            c.add("iossNumber", "is required when iossType is 2 (declare with my own IOSS)");
        }
        if (type != null && type == 3 && !isBlank(order.getIossNumber()) && !CJ_IOSS.equals(order.getIossNumber())) {
            c.add("iossNumber", "must be " + CJ_IOSS + " when iossType is 3 (declare with CJ's IOSS)");
        }
    }

    private static void checkShippingMode(OrderRequest order, Checks c) {
        c.oneOf("shopLogisticsType", order.getShopLogisticsType(), SHOP_LOGISTICS_TYPES);
        c.text("storageId", order.getStorageId(), false, 40);
        Integer mode = order.getShopLogisticsType();
        if (mode != null && mode == 1 && isBlank(order.getStorageId())) {
            c.add("storageId", "is required when shopLogisticsType is 1 (platform logistics, storage chosen by you)");
        }
    }

    private void checkLines(List<OrderRequestLine> lines, Checks c) {
        if (lines == null || lines.isEmpty()) {
            c.add("products", "is required: at least one line");
            return;
        }
        if (lines.size() > MAX_LINES) {
            c.add("products", "has " + lines.size() + " lines, more than the " + MAX_LINES + " CJ accepts");
        }
        for (int i = 0; i < lines.size(); i++) {
            String p = "products[" + i + "]";
            OrderRequestLine line = lines.get(i);
            if (line == null) {
                c.add(p, "is null");
                continue;
            }
            c.text(p + ".vid", line.getVid(), false, 50);
            c.text(p + ".sku", line.getSku(), false, 50);
            if (isBlank(line.getVid()) && isBlank(line.getSku())) {
                c.add(p + ".vid", "vid or sku is required");
            }
            if (line.getQuantity() == null) {
                c.add(p + ".quantity", "is required");
            } else if (line.getQuantity() <= 0) {
                c.add(p + ".quantity", "must be greater than 0 (got " + line.getQuantity() + ")");
            } else if (line.getQuantity() > maxQuantity) {
                c.add(p + ".quantity", "is " + line.getQuantity() + ", above the sanity bound of " + maxQuantity
                        + " (" + OrderPushOptions.MAX_QUANTITY.key() + ")");
            }
            c.notNegative(p + ".unitPrice", line.getUnitPrice());
            if (line.getQuantity() != null && line.getUnitPrice() != null) {
                BigDecimal value = line.getUnitPrice().multiply(BigDecimal.valueOf(line.getQuantity()));
                if (value.compareTo(maxLineValue) > 0) {
                    c.add(p + ".unitPrice", "quantity × unitPrice is " + value.toPlainString()
                            + ", above the sanity bound of " + maxLineValue.toPlainString() + " ("
                            + OrderPushOptions.MAX_LINE_VALUE.key() + ")");
                }
            }
            c.text(p + ".storeLineItemId", line.getStoreLineItemId(), false, 125);
            c.text(p + ".podProperties", line.getPodProperties(), false, 500);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** Collects violations; each check answers whether the field passed. */
    private static final class Checks {
        private final List<Violation> violations = new ArrayList<>();

        void add(String field, String reason) {
            violations.add(new Violation(field, reason));
        }

        boolean text(String field, String value, boolean required, int maxLength) {
            if (isBlank(value)) {
                if (required) {
                    add(field, "is required");
                    return false;
                }
                return true;
            }
            if (value.length() > maxLength) {
                add(field, "is " + value.length() + " characters long, more than the " + maxLength + " CJ accepts");
                return false;
            }
            return true;
        }

        void country(String field, String value) {
            if (text(field, value, true, 20) && !CjCodeList.COUNTRIES.contains(value)) {
                add(field, "'" + value + "' is not a two-letter country code of CJ's Appendix 2");
            }
        }

        void notNegative(String field, BigDecimal value) {
            if (value != null && value.signum() < 0) {
                add(field, "must not be negative (got " + value.toPlainString() + ")");
            }
        }

        void oneOf(String field, Integer value, Set<Integer> allowed) {
            if (value != null && !allowed.contains(value)) {
                add(field, "must be one of " + allowed.stream().sorted().toList() + " (got " + value + ")");
            }
        }
    }
}
