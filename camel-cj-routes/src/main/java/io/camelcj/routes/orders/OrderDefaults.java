package io.camelcj.routes.orders;

import java.util.function.Consumer;
import java.util.function.Supplier;

import io.camelcj.routes.orders.model.OrderRequest;

/**
 * Values the route fills in when an order leaves them out ({@code camel.cj.orders.logisticName},
 * {@code fromCountryCode}, {@code platform}). An order's own value always wins.
 */
public record OrderDefaults(String logisticName, String fromCountryCode, String platform) {

    public void applyTo(OrderRequest order) {
        fill(order::getLogisticName, order::setLogisticName, logisticName);
        fill(order::getFromCountryCode, order::setFromCountryCode, fromCountryCode);
        fill(order::getPlatform, order::setPlatform, platform);
    }

    private static void fill(Supplier<String> getter, Consumer<String> setter, String value) {
        String current = getter.get();
        if ((current == null || current.isBlank()) && value != null && !value.isBlank()) {
            setter.accept(value);
        }
    }
}
