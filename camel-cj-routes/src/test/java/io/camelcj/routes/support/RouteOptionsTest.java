package io.camelcj.routes.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import io.camelcj.routes.RouteFamilies;
import io.camelcj.routes.catalogue.CatalogueSyncOptions;
import io.camelcj.routes.feeds.OrderStatusFeedOptions;
import io.camelcj.routes.orders.OrderPushOptions;
import io.camelcj.routes.orders.OrderPushRoutes;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;

/** The one route convention: declared options, relaxed names, unknown keys and bad values refused at start. */
class RouteOptionsTest {

    @Test
    void aTypoInAKeyFailsNamingTheKeyAndTheOptionsItCouldBe() {
        assertThatThrownBy(() -> OrderPushOptions.FAMILY.read(Map.of("camel.cj.orders.inputTopik", "x")))
                .isInstanceOfSatisfying(RoutePropertyException.class,
                        e -> assertThat(e.getProperty()).isEqualTo("camel.cj.orders.inputTopik"))
                .hasMessageStartingWith("camel.cj.orders.inputTopik: unknown option")
                .hasMessageContaining("input-topic");
        assertThatThrownBy(() -> OrderPushOptions.FAMILY.read(Map.of("camel.cj.orders.maxPollIntervalMs", "1")))
                .hasMessageContaining("did you mean camel.cj.orders.max-poll-interval?");
    }

    @Test
    void keysOutsideTheFamiliesAndFormerPrefixesAreRefused() {
        assertThatThrownBy(() -> CatalogueSyncOptions.FAMILY.read(Map.of("camel.cj.synk.cron", "x")))
                .hasMessageStartingWith("camel.cj.synk.cron: unknown route family");
        // camel.cj.home (the directory of the default files) is no route option but is known
        assertThat(CatalogueSyncOptions.FAMILY.read(Map.of("camel.cj.home", "/var/lib/camel-cj"))).isNotNull();
        assertThatThrownBy(() -> CatalogueSyncOptions.FAMILY.read(Map.of("camel.cj.homes", "x")))
                .hasMessageStartingWith("camel.cj.homes: unknown route family");
        assertThatThrownBy(() -> OrderStatusFeedOptions.FAMILY.read(
                Map.of("camel.cj.feeds.order-status.interval", "1m")))
                .hasMessage("camel.cj.feeds.order-status.interval: the prefix camel.cj.feeds.order-status is now"
                        + " camel.cj.order-status (camel.cj.order-status.interval)");
        // another family's keys are that family's business; the webhook family is known though not declared here
        assertThat(CatalogueSyncOptions.FAMILY.read(Map.of("camel.cj.orders.input-topic", "x",
                "camel.cj.webhooks.open-id", "1")).get(CatalogueSyncOptions.PAGE_SIZE)).isEqualTo(100);
    }

    @Test
    void kebabAndCamelCaseNameTheSameOptionButOnlyOnce() {
        assertThat(OrderPushOptions.FAMILY.read(Map.of("camel.cj.orders.inputTopic", "a"))
                .get(OrderPushOptions.INPUT_TOPIC)).isEqualTo("a");
        assertThat(OrderPushOptions.FAMILY.read(Map.of("camel.cj.orders.input-topic", "b"))
                .get(OrderPushOptions.INPUT_TOPIC)).isEqualTo("b");
        assertThatThrownBy(() -> OrderPushOptions.FAMILY.read(Map.of("camel.cj.orders.input-topic", "a",
                "camel.cj.orders.inputTopic", "b"))).hasMessageContaining("set only once");
    }

    @Test
    void badValuesFailNamingTheKeyAndWhatIsExpected() {
        assertThatThrownBy(() -> OrderPushOptions.FAMILY.read(Map.of("camel.cj.orders.poll-timeout", "soon")))
                .hasMessage("camel.cj.orders.poll-timeout: expected a duration such as PT30S, 30s, 5m, 2h or a number"
                        + " of milliseconds, got 'soon'");
        assertThatThrownBy(() -> OrderPushOptions.FAMILY.read(Map.of("camel.cj.orders.cj.max-retries", "-1")))
                .hasMessage("camel.cj.orders.cj.max-retries: expected an integer between 0 and 100, got '-1'");
        assertThatThrownBy(() -> OrderStatusFeedOptions.FAMILY.read(Map.of("camel.cj.order-status.mode", "some")))
                .hasMessage("camel.cj.order-status.mode: expected one of [orders, all], got 'some'");
    }

    @Test
    void durationsAcceptUnitsAndPlainMilliseconds() {
        RouteValues v = OrderPushOptions.FAMILY.read(Map.of("camel.cj.orders.poll-timeout", "1500",
                "camel.cj.orders.account-blocked-pause", "5m", "camel.cj.orders.max-poll-interval", "PT30S"));
        assertThat(v.get(OrderPushOptions.POLL_TIMEOUT)).isEqualTo(Duration.ofMillis(1500));
        assertThat(v.get(OrderPushOptions.ACCOUNT_BLOCKED_PAUSE)).isEqualTo(Duration.ofMinutes(5));
        assertThat(v.get(OrderPushOptions.MAX_POLL_INTERVAL)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aRouteRefusesATypoAtStartNotAtItsFirstMessage() throws Exception {
        try (DefaultCamelContext context = new DefaultCamelContext()) {
            Properties p = new Properties();
            p.setProperty("camel.cj.orders.dead-leter-topic", "x");
            context.getPropertiesComponent().setInitialProperties(p);
            assertThatThrownBy(() -> context.addRoutes(new OrderPushRoutes()))
                    .isInstanceOf(RoutePropertyException.class)
                    .hasMessageStartingWith("camel.cj.orders.dead-leter-topic: unknown option");
        }
    }

    @Test
    void everyOptionIsDescribedForToolingAndInItsDocument() throws Exception {
        Map<String, String> docs = new HashMap<>(Map.of("camel.cj.sync", "catalogue-sync.md",
                "camel.cj.orders", "order-push.md", "camel.cj.order-status", "webhooks-and-feeds.md",
                "camel.cj.tracking", "webhooks-and-feeds.md", "camel.cj.webhooks", "webhooks-and-feeds.md"));
        for (RouteOptions family : RouteFamilies.all()) {
            String doc = Files.readString(Path.of("..", "src", "docs", docs.get(family.prefix())));
            assertThat(family.description()).isNotBlank();
            for (RouteOption<?> option : family.options()) {
                assertThat(option.description()).as(option.key()).isNotBlank();
                assertThat(option.javaType()).as(option.key()).isNotNull();
                assertThat(doc).as(option.key() + " in " + docs.get(family.prefix()))
                        .contains("`" + option.name() + "`");
            }
        }
        assertThat(OrderPushOptions.POLL_TIMEOUT.defaultText()).isEqualTo("5s");
        assertThat(OrderStatusFeedOptions.MODE.allowedValues()).isEqualTo(List.of("orders", "all"));
    }
}
