package io.camelcj.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An order's live state (guarded by the OrderStore's lock). */
final class SimOrder {

    static final class Line {
        final String vid;
        final String pid;
        final String sku;
        final int quantity;
        final BigDecimal sellPrice;
        final String lineItemId;
        final String storeLineItemId;
        final String podProperties;
        final int weight;
        List<String> effectImgs;
        List<String> productionImgs;
        boolean disputed;

        Line(String vid, String pid, String sku, int quantity, BigDecimal sellPrice, String lineItemId,
             String storeLineItemId, String podProperties, int weight) {
            this.vid = vid;
            this.pid = pid;
            this.sku = sku;
            this.quantity = quantity;
            this.sellPrice = sellPrice;
            this.lineItemId = lineItemId;
            this.storeLineItemId = storeLineItemId;
            this.podProperties = podProperties;
            this.weight = weight;
        }
    }

    record Waybill(String company, String trackNumber, String fileName, int size) {
    }

    final String orderId;
    final String orderNumber;
    final AccountState account;
    final Map<String, String> shipping;
    final String logisticName;
    final String fromCountryCode;
    final int shopLogisticsType;
    final List<Line> lines;
    final BigDecimal productAmount;
    final BigDecimal postageAmount;
    final int weight;
    final Instant created;
    final String platform;
    volatile String status = "CREATED";
    /** getOrderDetail {@code isComplete}: false while CJ has not associated the order's products. */
    volatile boolean complete = true;
    String cjOrderId;
    String shipmentOrderId;
    String storageId;
    Instant paid;
    Instant shipped;
    Instant delivered;
    Instant updated;
    String trackNumber;
    Waybill waybill;
    String disputeId;

    SimOrder(String orderId, String orderNumber, AccountState account, Map<String, String> shipping,
             String logisticName, String fromCountryCode, int shopLogisticsType, String storageId, List<Line> lines,
             BigDecimal postageAmount, Instant created, String platform) {
        this.orderId = orderId;
        this.orderNumber = orderNumber;
        this.account = account;
        this.shipping = shipping;
        this.logisticName = logisticName;
        this.fromCountryCode = fromCountryCode;
        this.shopLogisticsType = shopLogisticsType;
        this.storageId = storageId;
        this.lines = lines;
        this.productAmount = lines.stream().map(l -> l.sellPrice.multiply(BigDecimal.valueOf(l.quantity)))
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        this.postageAmount = postageAmount;
        this.weight = lines.stream().mapToInt(l -> l.weight * l.quantity).sum();
        this.created = created;
        this.updated = created;
        this.platform = platform;
    }

    BigDecimal orderAmount() {
        return productAmount.add(postageAmount);
    }

    boolean isPaid() {
        return paid != null;
    }
}
