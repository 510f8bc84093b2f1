package org.casenotes.supervision.api.policy;

/**
 * Which notes the policy requires a supervisor to co-sign.
 */
public enum CoSignScope {

    /** Every note, whoever wrote it (the default). */
    ALL_NOTES,

    /** The notes of supervisees; an independently licensed clinician's notes need no co-sign. */
    SUPERVISEES_ONLY,

    /**
     * The notes of supervisees, and a reproducible random sample of the stated percentage of each
     * independently licensed clinician's notes.
     */
    SAMPLE
}
