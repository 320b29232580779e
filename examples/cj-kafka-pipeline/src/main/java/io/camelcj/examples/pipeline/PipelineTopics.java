package io.camelcj.examples.pipeline;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

import io.camelcj.routes.catalogue.CatalogueSyncConfig;
import io.camelcj.routes.catalogue.SyncTopics;
import io.camelcj.routes.orders.OrderPushSettings;

/** The topic names the routes use, read through the routes' own configuration classes (one source of truth). */
record PipelineTopics(SyncTopics catalogue, String ordersIn, String ordersOut, String ordersDeadLetter) {

    static PipelineTopics from(Properties properties) {
        Map<String, String> map = properties.stringPropertyNames().stream()
                .collect(Collectors.toMap(k -> k, properties::getProperty));
        OrderPushSettings orders = OrderPushSettings.from(key -> Optional.ofNullable(map.get(key)));
        return new PipelineTopics(CatalogueSyncConfig.fromMap(map).topics(), orders.inputTopic(),
                orders.resultTopic(), orders.deadLetterTopic());
    }

    List<String> watched() {
        return List.of(catalogue.categories(), catalogue.products(), catalogue.variants(), catalogue.inventory(),
                catalogue.runs(), ordersOut, ordersDeadLetter);
    }
}
