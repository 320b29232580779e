package io.camelcj.routes.catalogue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelcj.routes.support.CanonicalJson;

/**
 * Reads CJ webhook messages (as the webhook feed writes them to Kafka, unchanged) into marks on the sync state:
 * PRODUCT and VARIANT messages mark the product's details stale, STOCK messages its inventory. The next full run then
 * re-fetches exactly those, even when listV2 shows no change (detail-only edits, stock moving between variants).
 */
final class WebhookMarks {

    /** What a message says is stale. */
    enum Kind { DETAILS, STOCK }

    /** A pid or a vid ({@code variant}) and what is stale about it. */
    record Mark(String id, boolean variant, Kind kind) {
    }

    private WebhookMarks() {
    }

    /** Marks in a webhook message; empty for types that say nothing about the catalogue, or unreadable input. */
    static List<Mark> parse(String json) {
        List<Mark> marks = new ArrayList<>();
        JsonNode message;
        try {
            message = CanonicalJson.read(json);
        } catch (IllegalArgumentException e) {
            return marks;
        }
        JsonNode params = message.path("params");
        switch (message.path("type").asText("")) {
            case "PRODUCT" -> add(marks, params.path("pid"), false, Kind.DETAILS);
            case "VARIANT" -> add(marks, params.path("vid"), true, Kind.DETAILS);
            case "STOCK" -> {
                // params: {"<vid>": [{"vid": ..., "countryCode": ..., "storageNum": ...}], ...}
                for (Iterator<String> vids = params.fieldNames(); vids.hasNext(); ) {
                    marks.add(new Mark(vids.next(), true, Kind.STOCK));
                }
            }
            default -> { }
        }
        return marks;
    }

    private static void add(List<Mark> marks, JsonNode id, boolean variant, Kind kind) {
        if (id.isTextual() && !id.asText().isBlank() || id.isNumber()) {
            marks.add(new Mark(id.asText(), variant, kind));
        }
    }
}
