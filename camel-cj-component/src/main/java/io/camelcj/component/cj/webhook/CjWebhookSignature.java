package io.camelcj.component.cj.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature CJ puts in the {@code sign} header of a webhook push:
 * Base64(HMAC-SHA256(key = the account's openId as a decimal string, message = the raw request body)).
 * The body must be verified byte for byte as received (re-serialised JSON would not match).
 */
public final class CjWebhookSignature {

    /** Name of the HTTP header carrying the signature. */
    public static final String HEADER = "sign";

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public CjWebhookSignature(String openId) {
        if (openId == null || openId.isBlank()) {
            throw new IllegalArgumentException("openId must be set to verify CJ webhook signatures");
        }
        this.key = new SecretKeySpec(openId.trim().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** The Base64 signature CJ would send for this body (used by tests and simulators). */
    public String sign(byte[] body) {
        return Base64.getEncoder().encodeToString(hmac(Objects.requireNonNull(body, "body")));
    }

    /**
     * True when {@code signHeader} is the Base64 HMAC of {@code body}. The comparison is done on the
     * decoded bytes with {@link MessageDigest#isEqual} so that its duration does not reveal how many
     * leading bytes matched.
     */
    public boolean verify(byte[] body, String signHeader) {
        if (signHeader == null || signHeader.isBlank()) {
            return false;
        }
        byte[] presented;
        try {
            presented = Base64.getDecoder().decode(signHeader.trim());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(hmac(body), presented);
    }

    private byte[] hmac(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(body);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // HmacSHA256 is mandatory on every Java platform; this cannot happen on a working JDK
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    @Override
    public String toString() {
        return "CjWebhookSignature[key=***]";
    }
}
