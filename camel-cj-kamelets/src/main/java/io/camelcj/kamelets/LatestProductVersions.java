package io.camelcj.kamelets;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.spi.IdempotentRepository;
import org.apache.camel.support.service.ServiceSupport;

/**
 * What {@code cj-product-source} remembers of the products it has emitted: one 64-bit fingerprint of the latest
 * JSON text per product, at most {@code maxProducts} products (the least recently seen is forgotten first, and is
 * emitted again when it is next seen). Keys are {@code <pid>:<json text>}; {@link #add} answers true, "emit it",
 * when the product is new or its text differs from the one remembered. The text itself is never kept: memory is
 * about {@link #BYTES_PER_PRODUCT_OVERHEAD} bytes plus the pid per product, whatever the size or number of
 * versions of its listing.
 */
public class LatestProductVersions extends ServiceSupport implements IdempotentRepository {

    /** Rough heap cost of one entry besides the pid's characters: map node, key String object, Long value. */
    public static final int BYTES_PER_PRODUCT_OVERHEAD = 112;

    private int maxProducts = 500_000;
    private final Map<String, Long> fingerprints = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > maxProducts;
        }
    };

    public int getMaxProducts() {
        return maxProducts;
    }

    public void setMaxProducts(int maxProducts) {
        if (maxProducts < 1) {
            throw new IllegalArgumentException("maxProducts must be at least 1, was " + maxProducts);
        }
        this.maxProducts = maxProducts;
    }

    @Override
    public synchronized boolean add(String key) {
        Entry entry = Entry.of(key);
        Long previous = fingerprints.put(entry.pid, entry.fingerprint);
        return previous == null || previous != entry.fingerprint;
    }

    @Override
    public synchronized boolean contains(String key) {
        Entry entry = Entry.of(key);
        Long known = fingerprints.get(entry.pid);
        return known != null && known == entry.fingerprint;
    }

    /** The emission failed: forget the product, so it is emitted again at the next walk. */
    @Override
    public synchronized boolean remove(String key) {
        return fingerprints.remove(Entry.of(key).pid) != null;
    }

    @Override
    public boolean confirm(String key) {
        return true;
    }

    @Override
    public synchronized void clear() {
        fingerprints.clear();
    }

    /** Products remembered now. */
    public synchronized int size() {
        return fingerprints.size();
    }

    /** An estimate of the heap kept: the pids' characters and {@link #BYTES_PER_PRODUCT_OVERHEAD} per product. */
    public synchronized long retainedBytes() {
        long bytes = 0;
        for (String pid : fingerprints.keySet()) {
            bytes += BYTES_PER_PRODUCT_OVERHEAD + pid.length();
        }
        return bytes;
    }

    @Override
    protected void doStop() {
        clear();
    }

    private record Entry(String pid, long fingerprint) {

        static Entry of(String key) {
            int colon = key == null ? -1 : key.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("cj-product-source key must be <pid>:<json>, got "
                        + (key == null ? "null" : "'" + abbreviate(key) + "'"));
            }
            return new Entry(key.substring(0, colon), fingerprint(key.substring(colon + 1)));
        }

        private static long fingerprint(String json) {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(json.getBytes(StandardCharsets.UTF_8));
                long value = 0;
                for (int i = 0; i < Long.BYTES; i++) {
                    value = (value << 8) | (hash[i] & 0xff);
                }
                return value;
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is required by every Java platform", e);
            }
        }

        private static String abbreviate(String key) {
            return key.length() <= 40 ? key : key.substring(0, 40) + "...";
        }
    }
}
