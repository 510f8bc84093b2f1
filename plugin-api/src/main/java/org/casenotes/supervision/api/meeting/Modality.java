package org.casenotes.supervision.api.meeting;

/** How the meeting takes place. */
public enum Modality {
    /** Everyone in the same room. */
    IN_PERSON,
    /** A live video call. */
    VIDEO,
    /** A telephone call. */
    PHONE
}
