package org.casenotes.supervision.api.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed statement that the audit chain had reached a sequence number with a given head MAC
 * at a given time.
 *
 * @param sequence the sequence number of the newest event covered; 0 for an empty chain
 * @param headMac the chain MAC of that event, lower-case hex
 * @param at when the checkpoint was taken
 * @param signature the Ed25519 signature over the other fields, Base64
 */
public record Checkpoint(long sequence, String headMac, Instant at, String signature) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException when a field is null
     * @throws IllegalArgumentException when the sequence number is negative
     */
    public Checkpoint {
        Objects.requireNonNull(headMac, "headMac");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(signature, "signature");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative");
        }
    }
}
