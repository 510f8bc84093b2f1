package org.casenotes.supervision.api.audit;

/** What verification found wrong with the audit chain. */
public enum AuditProblem {
    /** Nothing: the chain is intact. */
    NONE,
    /** An event's MAC does not match its content: it was altered, or forged without the key. */
    ALTERED,
    /** A sequence number is missing: an event was deleted. */
    MISSING,
    /** A copy of an earlier event was inserted into the chain. */
    INSERTED,
    /** An authentic event stands in the wrong place: events were reordered or renumbered. */
    REORDERED,
    /** The newest events are gone: the chain no longer reaches the latest checkpoint. */
    TRUNCATED,
    /** The chain does not pass through the latest checkpoint's head MAC: it was replaced. */
    CHECKPOINT_MISMATCH,
    /** The latest checkpoint's signature does not verify: the checkpoint was tampered with. */
    CHECKPOINT_FORGED
}
