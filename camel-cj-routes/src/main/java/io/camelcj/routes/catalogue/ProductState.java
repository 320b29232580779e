package io.camelcj.routes.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the sync remembers about one product between runs.
 *
 * @param pid            CJ product id
 * @param listingHash    fingerprint of the product's listV2 item (volatile fields left out); drives detail calls
 * @param stockHash      fingerprint of listV2's inventory totals; drives inventory refreshes
 * @param productHash    hash of the last published {@code cj.products} value (without run metadata)
 * @param variantsHash   hash of the last published variant values of this product
 * @param inventoryHash  hash of the last published inventory values of this product
 * @param variantIds     vids last published for this product (what to tombstone when it disappears)
 * @param lastSeenRun    id of the last run whose listing walk saw the product
 * @param missedRuns     consecutive completed full runs that did not see it although CJ still knows it
 * @param detailsAtMillis when details were last fetched (epoch ms), 0 if never
 */
public record ProductState(String pid, String listingHash, String stockHash, String productHash, String variantsHash,
                           String inventoryHash, List<String> variantIds, String lastSeenRun, int missedRuns,
                           long detailsAtMillis) {

    public ProductState {
        variantIds = List.copyOf(variantIds);
    }

    public ProductState seenIn(String runId) {
        return new ProductState(pid, listingHash, stockHash, productHash, variantsHash, inventoryHash, variantIds,
                runId, 0, detailsAtMillis);
    }

    /** The same state with its details due at the next run that lists the product (webhook said it changed). */
    public ProductState detailsStale() {
        return new ProductState(pid, null, stockHash, productHash, variantsHash, inventoryHash, variantIds,
                lastSeenRun, missedRuns, detailsAtMillis);
    }

    /** The same state with its inventory due at the next run that lists the product. */
    public ProductState inventoryStale() {
        return new ProductState(pid, listingHash, stockHash, productHash, variantsHash, null, variantIds,
                lastSeenRun, missedRuns, detailsAtMillis);
    }

    public ProductState missed() {
        return new ProductState(pid, listingHash, stockHash, productHash, variantsHash, inventoryHash, variantIds,
                lastSeenRun, missedRuns + 1, detailsAtMillis);
    }

    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("pid", pid);
        m.put("listingHash", listingHash);
        m.put("stockHash", stockHash);
        m.put("productHash", productHash);
        m.put("variantsHash", variantsHash);
        m.put("inventoryHash", inventoryHash);
        m.put("variantIds", variantIds);
        m.put("lastSeenRun", lastSeenRun);
        m.put("missedRuns", missedRuns);
        m.put("detailsAt", detailsAtMillis);
        return m;
    }

    public static ProductState fromJson(JsonNode n) {
        List<String> vids = new ArrayList<>();
        n.path("variantIds").forEach(v -> vids.add(v.asText()));
        return new ProductState(n.path("pid").asText(), text(n, "listingHash"), text(n, "stockHash"),
                text(n, "productHash"), text(n, "variantsHash"), text(n, "inventoryHash"), vids,
                text(n, "lastSeenRun"), n.path("missedRuns").asInt(0), n.path("detailsAt").asLong(0));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
