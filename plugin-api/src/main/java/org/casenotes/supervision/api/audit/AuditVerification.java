package org.casenotes.supervision.api.audit;

import java.util.Objects;

/**
 * The outcome of verifying the audit chain. It names sequence numbers only, never another
 * organisation's data.
 *
 * @param intact {@code true} when every check passed
 * @param eventCount how many events the chain holds (the highest sequence number read)
 * @param firstBadSequence the sequence number of the first bad or missing event, or {@code
 *     null} when intact or when the fault is in the checkpoint itself
 * @param problem what is wrong; {@link AuditProblem#NONE} when intact
 * @param message a readable sentence for the operator
 */
public record AuditVerification(boolean intact, long eventCount, Long firstBadSequence,
        AuditProblem problem, String message) {

    /**
     * Checks that the outcome is consistent.
     *
     * @throws IllegalArgumentException when {@code intact} disagrees with {@code problem}
     */
    public AuditVerification {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(message, "message");
        if (intact != (problem == AuditProblem.NONE)) {
            throw new IllegalArgumentException("intact must be true exactly when the problem is NONE");
        }
    }

    /**
     * An intact chain.
     *
     * @param eventCount the number of events
     * @return the outcome
     */
    public static AuditVerification intact(long eventCount) {
        return new AuditVerification(true, eventCount, null, AuditProblem.NONE,
                "audit chain intact: " + eventCount + " events");
    }

    /**
     * A broken chain.
     *
     * @param eventCount the number of events read
     * @param firstBadSequence the first bad event, or {@code null}
     * @param problem what is wrong
     * @param message a readable sentence
     * @return the outcome
     */
    public static AuditVerification broken(long eventCount, Long firstBadSequence,
            AuditProblem problem, String message) {
        return new AuditVerification(false, eventCount, firstBadSequence, problem, message);
    }
}
