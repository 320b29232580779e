package io.camelcj.routes.catalogue;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListingFingerprintsTest {

    private final ListingFingerprints fingerprints = new ListingFingerprints(List.of("deliveryCycle"));

    private static Map<String, Object> item() {
        Map<String, Object> m = new HashMap<>();
        m.put("id", "P1");
        m.put("nameEn", "Hoodie");
        m.put("sellPrice", "11.85");
        m.put("listedNum", 100);
        m.put("warehouseInventoryNum", 500);
        m.put("myProduct", false);
        m.put("deliveryCycle", "3-5");
        return m;
    }

    @Test
    void volatileAndIgnoredFieldsDoNotChangeTheListingHash() {
        Map<String, Object> changed = item();
        changed.put("listedNum", 101);
        changed.put("warehouseInventoryNum", 499);
        changed.put("myProduct", true);
        changed.put("deliveryCycle", "7-15");

        assertThat(fingerprints.listingHash(changed)).isEqualTo(fingerprints.listingHash(item()));
    }

    @Test
    void contentChangesAndUnknownFieldsDo() {
        Map<String, Object> repriced = item();
        repriced.put("sellPrice", "10.99");
        Map<String, Object> extended = item();
        extended.put("newCjField", "x");

        assertThat(fingerprints.listingHash(repriced)).isNotEqualTo(fingerprints.listingHash(item()));
        assertThat(fingerprints.listingHash(extended)).isNotEqualTo(fingerprints.listingHash(item()));
    }

    @Test
    void stockHashFollowsOnlyStock() {
        Map<String, Object> restocked = item();
        restocked.put("warehouseInventoryNum", 499);
        Map<String, Object> renamed = item();
        renamed.put("nameEn", "Hoody");

        assertThat(fingerprints.stockHash(restocked)).isNotEqualTo(fingerprints.stockHash(item()));
        assertThat(fingerprints.stockHash(renamed)).isEqualTo(fingerprints.stockHash(item()));
    }

    @Test
    void keyOrderAndNumberFormDoNotMatter() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("id", "P1");
        a.put("weight", 1.0E7);
        Map<String, Object> b = new TreeMap<>(Comparator.reverseOrder());
        b.put("id", "P1");
        b.put("weight", new BigDecimal("10000000"));

        assertThat(fingerprints.listingHash(a)).isEqualTo(fingerprints.listingHash(b));
    }
}
