package org.casenotes.supervision.core.packet;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * Pseudonymous client codes such as {@code C-4Q7HXM2}: an HMAC-SHA256 over the organisation
 * and client ids, under a key derived from the practice's audit chain key with its own domain
 * label, so the code is the same in every packet of the practice, says nothing of the client,
 * and cannot be recomputed or reversed without the key. Thread-safe.
 */
public final class ClientCodes {

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] DOMAIN = "client-code-v1".getBytes(StandardCharsets.UTF_8);
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int LENGTH = 7;

    private final SecretKey key;

    /**
     * Derives the code key.
     *
     * @param chainKey the practice's audit chain key (the host's HMAC key)
     */
    public ClientCodes(SecretKey chainKey) {
        this.key = new SecretKeySpec(mac(chainKey, DOMAIN), ALGORITHM);
    }

    /**
     * A client's code.
     *
     * @param organisationId the organisation
     * @param clientId the host's client id
     * @return the code, such as {@code C-4Q7HXM2}
     */
    public String code(String organisationId, String clientId) {
        byte[] digest = mac(key, (organisationId + '\u0000' + clientId).getBytes(StandardCharsets.UTF_8));
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (digest[i] & 0xFF);
        }
        StringBuilder code = new StringBuilder("C-");
        for (int i = 0; i < LENGTH; i++) {
            code.append(CROCKFORD[(int) ((bits >>> (59 - 5 * i)) & 31)]);
        }
        return code.toString();
    }

    private static byte[] mac(SecretKey key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("the audit chain key cannot key an HMAC", e);
        }
    }
}
