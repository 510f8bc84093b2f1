package org.casenotes.supervision.api.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A signed anchor of the audit trail: a statement that, at a given time, the heads of every
 * organisation's chain in one database hashed to a given Merkle root.
 *
 * @param databaseId the identity of the database the anchor is about (letters, digits and
 *     {@code -}, at most 64), so that one sink may keep the anchors of several databases
 * @param sequence how many events the anchor covers over all chains; grows with every event,
 *     so a later anchor has a higher number
 * @param headMac the Merkle root (SHA-256, lower-case hex) over the chain heads
 * @param at when the anchor was taken
 * @param signature the Ed25519 signature over the other fields, Base64
 */
public record Checkpoint(String databaseId, long sequence, String headMac, Instant at, String signature) {

    private static final Pattern DATABASE_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    /**
     * Checks the fields.
     *
     * @throws NullPointerException when a field is null
     * @throws IllegalArgumentException when the sequence number is negative or the database id
     *     is not of the allowed characters (it names a folder or a key in a host's store)
     */
    /**
     * A checkpoint of the 0.1 contract, which knew one database only; it is filed under the
     * database identity {@value #SINGLE_DATABASE}.
     *
     * @param sequence the sequence number of the event the checkpoint covers
     * @param headMac the MAC at that event, hex
     * @param at when it was written
     * @param signature the signature, Base64
     * @deprecated since 0.2: name the database
     */
    @Deprecated
    public Checkpoint(long sequence, String headMac, Instant at, String signature) {
        this(SINGLE_DATABASE, sequence, headMac, at, signature);
    }

    /** The database identity of checkpoints made through the 0.1 constructor. */
    public static final String SINGLE_DATABASE = "default";

    public Checkpoint {
        Objects.requireNonNull(databaseId, "databaseId");
        Objects.requireNonNull(headMac, "headMac");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(signature, "signature");
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative");
        }
        if (!DATABASE_ID.matcher(databaseId).matches()) {
            throw new IllegalArgumentException("databaseId must be 1 to 64 letters, digits or '-'");
        }
    }
}
