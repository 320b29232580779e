package io.camelcj.component.cj.auth;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * AES-GCM for token files at rest (JDK only: {@code javax.crypto} is the well-kept library here). The key
 * comes from configuration as Base64 of 16, 24 or 32 bytes; each write has a fresh 12-byte nonce, stored in
 * front of the ciphertext, and the account id is bound as associated data so that one account's file cannot
 * be passed off as another's.
 */
final class TokenFileCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    /** @throws IllegalArgumentException when the key is not Base64 of 16, 24 or 32 bytes (the key is not shown) */
    TokenFileCipher(String base64Key) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key == null ? "" : base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the token file key must be Base64 (of 16, 24 or 32 bytes); key not shown");
        }
        if (raw.length != 16 && raw.length != 24 && raw.length != 32) {
            throw new IllegalArgumentException("the token file key must be 16, 24 or 32 bytes (AES-128/192/256), was "
                    + raw.length + " bytes; key not shown");
        }
        this.key = new SecretKeySpec(raw, "AES");
        Arrays.fill(raw, (byte) 0);
    }

    byte[] encrypt(byte[] plain, String accountId) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, accountId);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt the token file of " + accountId, e);
        }
    }

    /** @throws AEADBadTagException when the file was not written with this key (or was altered) */
    byte[] decrypt(byte[] sealed, String accountId) throws GeneralSecurityException {
        if (sealed.length <= NONCE_BYTES) {
            throw new AEADBadTagException("too short to be an encrypted token file");
        }
        Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(sealed, NONCE_BYTES), accountId);
        return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
    }

    private Cipher cipher(int mode, byte[] nonce, String accountId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(accountId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return cipher;
    }
}
