package org.casenotes.supervision.api.audit;

import java.util.Objects;

/**
 * The outcome of verifying one chain of the audit trail: an organisation's, or the global chain
 * written before the trail was kept per organisation. It names sequence numbers only.
 *
 * @param organisationId the organisation whose chain this is, or {@code null} for the global
 *     chain of releases before 0.2 (kept and verified after the upgrade)
 * @param eventCount how many events of the chain verified before the first problem
 * @param firstBadSequence the sequence number (in this chain) of the first bad or missing
 *     event, or {@code null} when intact
 * @param problem what is wrong; {@link AuditProblem#NONE} when intact
 * @param message a readable sentence for the operator
 */
public record ChainVerification(String organisationId, long eventCount, Long firstBadSequence,
        AuditProblem problem, String message) {

    /**
     * Checks that the outcome is consistent.
     *
     * @throws IllegalArgumentException when the problem is NONE but a bad event is named
     */
    public ChainVerification {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(message, "message");
        if (problem == AuditProblem.NONE && firstBadSequence != null) {
            throw new IllegalArgumentException("an intact chain names no bad event");
        }
    }

    /**
     * An intact chain.
     *
     * @param organisationId the organisation, or {@code null} for the old global chain
     * @param eventCount its number of events
     * @return the outcome
     */
    public static ChainVerification intact(String organisationId, long eventCount) {
        return new ChainVerification(organisationId, eventCount, null, AuditProblem.NONE,
                "audit chain intact: " + eventCount + (eventCount == 1 ? " event" : " events"));
    }

    /**
     * A broken chain.
     *
     * @param organisationId the organisation, or {@code null} for the old global chain
     * @param eventCount the number of events that verified
     * @param firstBadSequence the first bad event, or {@code null} when the fault is in a
     *     checkpoint
     * @param problem what is wrong
     * @param message a readable sentence
     * @return the outcome
     */
    public static ChainVerification broken(String organisationId, long eventCount, Long firstBadSequence,
            AuditProblem problem, String message) {
        if (problem == AuditProblem.NONE) {
            throw new IllegalArgumentException("a broken chain has a problem");
        }
        return new ChainVerification(organisationId, eventCount, firstBadSequence, problem, message);
    }

    /**
     * Whether every check of this chain passed.
     *
     * @return {@code true} when the problem is NONE
     */
    public boolean intact() {
        return problem == AuditProblem.NONE;
    }
}
