package org.casenotes.supervision.api.disclosure;

/** How much attention a flag asks of the supervisor. */
public enum Severity {
    /** Worth knowing; no action expected. */
    INFO,
    /** Worth a look during review. */
    WARNING,
    /** The supervisor should review this note on its own, not in a batch. */
    REVIEW_REQUIRED
}
