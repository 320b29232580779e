package io.camelcj.routes.catalogue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HexFormat;
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

    private static final int BINARY_FORM = 1;
    private static final int NULL_TEXT = 0;
    private static final int HEX_TEXT = 1;
    private static final int PLAIN_TEXT = 2;
    private static final int SHA256_HEX_LENGTH = 64;

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

    /**
     * A compact binary form without the pid (the pid is the key it is stored under). A SHA-256 hex fingerprint
     * takes 32 bytes instead of 64 characters; any other text is kept as it is, so the round trip is exact.
     */
    public byte[] toBytes() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(160 + 40 * variantIds.size());
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(BINARY_FORM);
            for (String hash : new String[] {listingHash, stockHash, productHash, variantsHash, inventoryHash}) {
                writeText(out, hash);
            }
            out.writeInt(variantIds.size());
            for (String vid : variantIds) {
                writeText(out, vid);
            }
            writeText(out, lastSeenRun);
            out.writeInt(missedRuns);
            out.writeLong(detailsAtMillis);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    public static ProductState fromBytes(String pid, byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int form = in.readByte();
            if (form != BINARY_FORM) {
                throw new IllegalStateException("State of product " + pid + " is in binary form " + form
                        + ", expected " + BINARY_FORM + " (written by another version?)");
            }
            String[] hashes = new String[5];
            for (int i = 0; i < hashes.length; i++) {
                hashes[i] = readText(in);
            }
            int count = in.readInt();
            List<String> vids = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                vids.add(readText(in));
            }
            return new ProductState(pid, hashes[0], hashes[1], hashes[2], hashes[3], hashes[4], vids, readText(in),
                    in.readInt(), in.readLong());
        } catch (IOException e) {
            throw new IllegalStateException("State of product " + pid + " is truncated", e);
        }
    }

    private static void writeText(DataOutput out, String text) throws IOException {
        if (text == null) {
            out.writeByte(NULL_TEXT);
        } else if (isLowerHex(text, SHA256_HEX_LENGTH)) {
            out.writeByte(HEX_TEXT);
            out.write(HexFormat.of().parseHex(text));
        } else {
            out.writeByte(PLAIN_TEXT);
            out.writeUTF(text);
        }
    }

    private static String readText(DataInput in) throws IOException {
        int kind = in.readByte();
        return switch (kind) {
            case NULL_TEXT -> null;
            case HEX_TEXT -> {
                byte[] digest = new byte[SHA256_HEX_LENGTH / 2];
                in.readFully(digest);
                yield HexFormat.of().formatHex(digest);
            }
            case PLAIN_TEXT -> in.readUTF();
            default -> throw new IOException("unknown text kind " + kind);
        };
    }

    private static boolean isLowerHex(String text, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
