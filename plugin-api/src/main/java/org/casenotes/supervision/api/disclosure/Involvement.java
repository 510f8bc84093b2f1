package org.casenotes.supervision.api.disclosure;

/** Whether the disclosure is about the therapist's life or about the therapist in the session. */
public enum Involvement {
    /** Information about the therapist's own life outside the session. */
    SELF_REVEALING,
    /** The therapist's reaction to the client in the session; immediacy is always self-involving. */
    SELF_INVOLVING
}
