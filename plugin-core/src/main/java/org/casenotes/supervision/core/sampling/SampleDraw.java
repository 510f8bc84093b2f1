package org.casenotes.supervision.core.sampling;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.SecretKey;

/**
 * A note's draw for the co-sign sample: HMAC-SHA-256, under the host's audit HMAC key, of
 * "co-sign-sample", the organisation and the note id (each ended by a NUL), read as an unsigned
 * 64-bit number and taken modulo 10 000. Seeded per note, so the same note always draws the same
 * number (reproducible across runs and hosts); keyed, so a clinician cannot work out beforehand
 * which notes will be sampled. The modulo bias is below 10^-15. Thread-safe.
 */
public final class SampleDraw {

    /** Draws run from 0 to this, exclusive. */
    public static final int RANGE = 10_000;
    private static final String PURPOSE = "co-sign-sample";

    private final SecretKey key;
    /** Keyed once and only cloned (looking up and keying a new one each draw cost more than the HMAC). */
    private final Mac keyed;

    /**
     * Creates the draw.
     *
     * @param key the host's audit HMAC key
     */
    public SampleDraw(SecretKey key) {
        this.key = key;
        this.keyed = keyedOrNull(key);
    }

    private static Mac keyedOrNull(SecretKey key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            return null; // reported by of(), where it always was
        }
    }

    /**
     * The note's draw.
     *
     * @param organisationId the organisation
     * @param noteId the note
     * @return a number from 0 to 9999
     */
    public int of(String organisationId, String noteId) {
        try {
            Mac mac = copy();
            byte[] digest = mac.doFinal((PURPOSE + '\u0000' + organisationId + '\u0000' + noteId + '\u0000')
                    .getBytes(StandardCharsets.UTF_8));
            return (int) Long.remainderUnsigned(ByteBuffer.wrap(digest).getLong(), RANGE);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 with the audit key is unavailable", e);
        }
    }

    private Mac copy() throws NoSuchAlgorithmException, InvalidKeyException {
        if (keyed != null) {
            try {
                return (Mac) keyed.clone();
            } catch (CloneNotSupportedException e) {
                // a provider whose HMAC cannot be cloned: key a new one below
            }
        }
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(key);
        return mac;
    }

    /**
     * Whether a draw falls in a sample of the given percentage.
     *
     * @param draw the draw, 0–9999
     * @param percent the sample's percentage, 1–100
     * @return {@code true} when {@code draw < percent × 100}
     */
    public static boolean inSample(int draw, int percent) {
        return draw < percent * (RANGE / 100);
    }
}
