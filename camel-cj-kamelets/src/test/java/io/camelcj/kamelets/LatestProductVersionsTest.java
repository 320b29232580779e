package io.camelcj.kamelets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What cj-product-source keeps: one fingerprint per product, however many and however large its versions. */
class LatestProductVersionsTest {

    private static String version(int product, int version) {
        // a listing of ~2 KB, as product/list items are
        return "p" + product + ":{\"pid\":\"p" + product + "\",\"sellPrice\":\"" + version + ".00\",\"description\":\""
                + "x".repeat(2000) + "\"}";
    }

    @Test
    void keepsOneEntryPerProductWhateverTheNumberAndSizeOfItsVersions() {
        LatestProductVersions seen = new LatestProductVersions();
        for (int version = 0; version < 200; version++) {
            for (int product = 0; product < 50; product++) {
                assertThat(seen.add(version(product, version))).as("a changed listing is emitted").isTrue();
                assertThat(seen.add(version(product, version))).as("the same listing again is not").isFalse();
            }
        }
        // 10,000 versions of ~2 KB (20 MB of text) were seen; 50 fingerprints are kept
        assertThat(seen.size()).isEqualTo(50);
        long pidChars = 0;
        for (int product = 0; product < 50; product++) {
            pidChars += ("p" + product).length();
        }
        assertThat(seen.retainedBytes())
                .isEqualTo(50L * LatestProductVersions.BYTES_PER_PRODUCT_OVERHEAD + pidChars)
                .isLessThan(10_000);
        assertThat(seen.contains(version(7, 199))).isTrue();
        assertThat(seen.contains(version(7, 198))).as("only the latest version is known").isFalse();
    }

    @Test
    void forgetsTheLeastRecentlySeenProductBeyondMaxProducts() {
        LatestProductVersions seen = new LatestProductVersions();
        seen.setMaxProducts(100);
        for (int product = 0; product < 1000; product++) {
            seen.add(version(product, 1));
            assertThat(seen.size()).isLessThanOrEqualTo(100);
        }
        assertThat(seen.size()).isEqualTo(100);
        assertThat(seen.contains(version(999, 1))).isTrue();
        assertThat(seen.add(version(0, 1))).as("forgotten, so emitted again").isTrue();
    }

    @Test
    void aFailedEmissionIsForgottenSoTheProductIsEmittedAgain() {
        LatestProductVersions seen = new LatestProductVersions();
        assertThat(seen.add(version(1, 1))).isTrue();
        assertThat(seen.remove(version(1, 1))).isTrue();
        assertThat(seen.add(version(1, 1))).isTrue();
    }

    @Test
    void aKeyWithoutPidIsAClearError() {
        LatestProductVersions seen = new LatestProductVersions();
        assertThatThrownBy(() -> seen.add(":{}")).hasMessageContaining("<pid>:<json>");
        assertThatThrownBy(() -> seen.setMaxProducts(0)).hasMessageContaining("maxProducts");
    }
}
