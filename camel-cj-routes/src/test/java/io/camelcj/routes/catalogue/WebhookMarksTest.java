package io.camelcj.routes.catalogue;

import io.camelcj.routes.catalogue.WebhookMarks.Kind;
import io.camelcj.routes.catalogue.WebhookMarks.Mark;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookMarksTest {

    @Test
    void productAndVariantMessagesMarkDetails() {
        assertThat(WebhookMarks.parse("{\"messageId\":\"a\",\"type\":\"PRODUCT\",\"messageType\":\"UPDATE\","
                + "\"params\":{\"pid\":\"1424608189734850560\",\"fields\":[\"productDescription\"]}}"))
                .containsExactly(new Mark("1424608189734850560", false, Kind.DETAILS));
        assertThat(WebhookMarks.parse("{\"type\":\"VARIANT\",\"params\":{\"vid\":\"V1\",\"fields\":[\"variantLength\"]}}"))
                .containsExactly(new Mark("V1", true, Kind.DETAILS));
    }

    @Test
    void stockMessagesMarkTheInventoryOfEveryVariantTheyName() {
        assertThat(WebhookMarks.parse("{\"type\":\"STOCK\",\"params\":{\"V1\":[{\"vid\":\"V1\",\"storageNum\":12}],"
                + "\"V2\":[{\"vid\":\"V2\",\"storageNum\":0}]}}"))
                .containsExactly(new Mark("V1", true, Kind.STOCK), new Mark("V2", true, Kind.STOCK));
    }

    @Test
    void otherTypesAndUnreadableInputMarkNothing() {
        assertThat(WebhookMarks.parse("{\"type\":\"ORDER\",\"params\":{\"orderNumber\":\"x\"}}")).isEmpty();
        assertThat(WebhookMarks.parse("{\"type\":\"PRODUCT\",\"params\":{}}")).isEmpty();
        assertThat(WebhookMarks.parse("not json")).isEmpty();
    }
}
