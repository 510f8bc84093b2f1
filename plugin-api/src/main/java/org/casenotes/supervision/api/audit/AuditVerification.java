package org.casenotes.supervision.api.audit;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of verifying the audit trail: every organisation's chain, the old global chain
 * where one exists, and the latest signed anchor over all of their heads. It names
 * organisation ids and sequence numbers only, never an event's content.
 *
 * @param intact {@code true} when every check passed
 * @param eventCount how many events verified, over all chains
 * @param firstBadSequence the first bad or missing event of the first broken chain (in that
 *     chain's numbering), or {@code null} when intact or when the fault is in the anchor
 * @param problem the first broken chain's problem, or the anchor's; {@link AuditProblem#NONE}
 *     when intact
 * @param message a readable sentence for the operator
 * @param chains each chain's own outcome: the old global chain first (when there is one),
 *     then the organisations in id order; never null
 */
public record AuditVerification(boolean intact, long eventCount, Long firstBadSequence,
        AuditProblem problem, String message, List<ChainVerification> chains) {

    /**
     * Checks that the outcome is consistent.
     *
     * @throws IllegalArgumentException when {@code intact} disagrees with {@code problem}
     */
    public AuditVerification {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(message, "message");
        chains = List.copyOf(chains);
        if (intact != (problem == AuditProblem.NONE)) {
            throw new IllegalArgumentException("intact must be true exactly when the problem is NONE");
        }
    }

    /**
     * An outcome without per-chain detail (the 0.1 shape).
     *
     * @param intact whether nothing was found wrong
     * @param eventCount events checked
     * @param firstBadSequence the first broken event, or null
     * @param problem what was found
     * @param message the outcome in words
     * @deprecated since 0.2: outcomes carry their chains
     */
    @Deprecated
    public AuditVerification(boolean intact, long eventCount, Long firstBadSequence, AuditProblem problem,
            String message) {
        this(intact, eventCount, firstBadSequence, problem, message, List.of());
    }

    /**
     * An intact outcome without per-chain detail (the 0.1 shape).
     *
     * @param eventCount events checked
     * @return the outcome
     * @deprecated since 0.2: use {@link #intact(List)}
     */
    @Deprecated
    public static AuditVerification intact(long eventCount) {
        return new AuditVerification(true, eventCount, null, AuditProblem.NONE,
                "audit trail intact: " + eventCount + " events", List.of());
    }

    /**
     * A broken outcome without per-chain detail (the 0.1 shape).
     *
     * @param eventCount events checked
     * @param firstBadSequence the first broken event, or null
     * @param problem what was found
     * @param message the outcome in words
     * @return the outcome
     * @deprecated since 0.2: use {@link #broken(Long, AuditProblem, String, List)}
     */
    @Deprecated
    public static AuditVerification broken(long eventCount, Long firstBadSequence, AuditProblem problem,
            String message) {
        return new AuditVerification(false, eventCount, firstBadSequence, problem, message, List.of());
    }

    /**
     * An intact trail.
     *
     * @param chains every chain's outcome, each intact
     * @return the outcome
     */
    public static AuditVerification intact(List<ChainVerification> chains) {
        long count = chains.stream().mapToLong(ChainVerification::eventCount).sum();
        return new AuditVerification(true, count, null, AuditProblem.NONE,
                "audit trail intact: " + count + " events in " + chains.size()
                        + (chains.size() == 1 ? " chain" : " chains"), chains);
    }

    /**
     * A broken trail.
     *
     * @param firstBadSequence the first bad event, or {@code null}
     * @param problem what is wrong
     * @param message a readable sentence
     * @param chains every chain's outcome
     * @return the outcome
     */
    public static AuditVerification broken(Long firstBadSequence, AuditProblem problem, String message,
            List<ChainVerification> chains) {
        long count = chains.stream().mapToLong(ChainVerification::eventCount).sum();
        return new AuditVerification(false, count, firstBadSequence, problem, message, chains);
    }

    /**
     * The outcome of one organisation's chain.
     *
     * @param organisationId the organisation
     * @return its outcome, or an intact empty chain when it has recorded nothing
     */
    public ChainVerification chainOf(String organisationId) {
        return chains.stream().filter(c -> organisationId.equals(c.organisationId())).findFirst()
                .orElse(ChainVerification.intact(organisationId, 0));
    }
}
