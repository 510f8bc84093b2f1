package org.casenotes.supervision.api.audit;

/** The fields an audit report can be sorted by. */
public enum AuditField {
    /** The sequence number (the order of recording). */
    SEQUENCE,
    /** The event time. */
    TIME,
    /** The actor's id. */
    ACTOR,
    /** The client's id. */
    CLIENT,
    /** The action type. */
    ACTION,
    /** The data category. */
    DATA_CATEGORY,
    /** The target's type. */
    TARGET_TYPE,
    /** The target's id. */
    TARGET_ID
}
