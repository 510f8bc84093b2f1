package org.casenotes.supervision.api.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The part of an organisation's policy the review workflow reads. The full policy document
 * (thresholds of the flag rules, length limits) is richer; see the policy service.
 *
 * @param version the policy version these values come from (1 for the built-in defaults)
 * @param coSignDueDays days after submission by which a co-sign is due
 * @param attestationText the statement a supervisor attests to when co-signing
 * @param batchBlockingRules ids of flag rules whose flags keep a note out of batch co-sign
 * @param earliestSessionDate the earliest session date a note may be submitted or co-signed
 *     with; {@link #DEFAULT_EARLIEST_SESSION_DATE} unless the policy says otherwise
 * @param meetingAttestationText the statement a supervisor attests to when signing a meeting's
 *     case notes; {@link #DEFAULT_MEETING_ATTESTATION} unless the policy says otherwise
 */
public record ReviewPolicy(int version, int coSignDueDays, String attestationText,
        Set<String> batchBlockingRules, LocalDate earliestSessionDate, String meetingAttestationText) {

    /** The meeting attestation when the policy names none. */
    public static final String DEFAULT_MEETING_ATTESTATION = "I attest that these case notes, the attendance and"
            + " the action items are a true record of this supervision meeting, which I led.";

    /** The earliest session date when the policy names none: 1900-01-01. */
    public static final LocalDate DEFAULT_EARLIEST_SESSION_DATE = LocalDate.of(1900, 1, 1);

    /** Checks the values and copies the set. */
    public ReviewPolicy {
        Objects.requireNonNull(attestationText, "attestationText");
        Objects.requireNonNull(earliestSessionDate, "earliestSessionDate");
        Objects.requireNonNull(meetingAttestationText, "meetingAttestationText");
        batchBlockingRules = Set.copyOf(batchBlockingRules);
        if (coSignDueDays < 1) {
            throw new IllegalArgumentException("coSignDueDays must be at least 1");
        }
    }

    /**
     * A review policy with the default earliest session date.
     *
     * @param version the policy version
     * @param coSignDueDays days after submission by which a co-sign is due
     * @param attestationText the co-sign attestation
     * @param batchBlockingRules ids of flag rules that keep a note out of batch co-sign
     * @throws IllegalArgumentException when a value is out of range
     */
    public ReviewPolicy(int version, int coSignDueDays, String attestationText, Set<String> batchBlockingRules) {
        this(version, coSignDueDays, attestationText, batchBlockingRules, DEFAULT_EARLIEST_SESSION_DATE,
                DEFAULT_MEETING_ATTESTATION);
    }
}
