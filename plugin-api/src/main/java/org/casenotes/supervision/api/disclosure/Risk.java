package org.casenotes.supervision.api.disclosure;

/** The six risks of disclosing to a client, screened for every entry. */
public enum Risk {
    /** The line between the therapist's and the client's roles got blurred. */
    BOUNDARY_BLURRING,
    /** The therapist's own opinions or values may press on the client. */
    IMPOSING_VALUES,
    /** The work may drift toward the therapist's concerns instead of the client's goals. */
    SHIFTING_TREATMENT_GOALS,
    /** The client may feel burdened, worried or responsible for the therapist. */
    CLIENT_BURDEN,
    /** The power difference between therapist and client may grow or inhibit the client. */
    POWER_DIFFERENTIAL,
    /** Attention may have moved away from the client's own concerns. */
    FOCUS_DIVERSION
}
