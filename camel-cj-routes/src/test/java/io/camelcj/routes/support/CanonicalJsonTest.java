package io.camelcj.routes.support;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The hash is a content fingerprint: the same document in memory or read back from its text hashes the same. */
class CanonicalJsonTest {

    @Test
    void aDocumentHashesLikeItsOwnTextReadBack() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("pid", "P-1");
        value.put("sellPrice", new BigDecimal("12.50"));
        value.put("scaled", new BigDecimal("1E+1"));
        value.put("count", 3);
        value.put("big", 12_345_678_901L);
        value.put("flag", true);
        value.put("none", null);
        value.put("variants", List.of(Map.of("vid", "V-1", "name", "a \"quoted\" ü")));

        Object readBack = CanonicalJson.mapper().convertValue(CanonicalJson.read(CanonicalJson.write(value)),
                Object.class);

        assertThat(CanonicalJson.sha256(value)).isEqualTo(CanonicalJson.sha256(readBack)).hasSize(64);
        assertThat(CanonicalJson.write(value)).contains("\"scaled\":10").contains("\"sellPrice\":12.50");
    }

    @Test
    void doublesAndNonStringKeysAreNormalisedThroughTheirText() {
        assertThat(CanonicalJson.sha256(Map.of("p", 1.0E7)))
                .isEqualTo(CanonicalJson.sha256(Map.of("p", new BigDecimal("10000000"))));
        // numeric keys sort as numbers in memory but as text once published: the hash follows the text
        Map<Object, Object> numericKeys = new TreeMap<>(Map.of(9, "a", 10, "b"));
        assertThat(CanonicalJson.sha256(numericKeys)).isEqualTo(CanonicalJson.sha256(Map.of("10", "b", "9", "a")));
    }

    @Test
    void trailingZerosChangeTheRecordButNotTheFingerprint() {
        // the component passes CJ's 12.50 on as it came (one parse, no tree that strips it)
        assertThat(CanonicalJson.write(Map.of("p", new BigDecimal("12.50")))).isEqualTo("{\"p\":12.50}");
        assertThat(CanonicalJson.sha256(Map.of("p", new BigDecimal("12.50"), "q", new BigDecimal("10.00"),
                "z", new BigDecimal("0.000"))))
                .isEqualTo(CanonicalJson.sha256(Map.of("p", new BigDecimal("12.5"), "q", new BigDecimal("1E+1"),
                        "z", BigDecimal.ZERO)));
        // what the hash is of: the decimals without trailing zeros, written plainly
        assertThat(CanonicalJson.sha256(Map.of("p", new BigDecimal("12.50"))))
                .isEqualTo(sha256Hex("{\"p\":12.5}"));
    }

    private static String sha256Hex(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aTreeHashesLikeThePlainDocument() {
        Map<String, Object> value = Map.of("b", List.of(1, 2), "a", new BigDecimal("0.10"));
        assertThat(CanonicalJson.sha256(CanonicalJson.read(CanonicalJson.write(value))))
                .isEqualTo(CanonicalJson.sha256(value));
    }
}
