package io.camelcj.component.cj.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The id under which an account's tokens, limits and logs are kept: {@code cj-} and 16 hex digits of
 * SHA-256 over the API key. Stable across restarts and processes, safe in file names and logs, and it
 * does not reveal the key (the key carries 128 random bits; the hash cannot be turned back).
 */
public final class CjAccountId {

    /** Keeps these hashes apart from any other SHA-256 of the same key. */
    private static final String DOMAIN = "camel-cj/account-id/v1:";

    private CjAccountId() {
    }

    public static String of(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            throw new IllegalArgumentException("apiKey must not be blank");
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((DOMAIN + apiKey).getBytes(StandardCharsets.UTF_8));
            return "cj-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
