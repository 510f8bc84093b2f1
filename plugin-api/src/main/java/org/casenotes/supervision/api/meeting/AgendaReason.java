package org.casenotes.supervision.api.meeting;

/** Why a progress note was put on a meeting's agenda. */
public enum AgendaReason {
    /** The note's self-disclosure section raised flags that need review. */
    FLAGGED_FOR_REVIEW,
    /** The clinician asked to discuss the note in supervision. */
    DISCUSS_REQUESTED,
    /** The note's co-sign is overdue. */
    OVERDUE_CO_SIGN
}
