package org.casenotes.supervision.api.review;

/**
 * Why a note does or does not need a co-sign under the sampling policy in force when it was first
 * submitted.
 */
public enum SampleReason {

    /** The policy requires every note to be co-signed. */
    ALL_NOTES,

    /** The clinician is under supervision, so the note is co-signed. */
    SUPERVISEE,

    /** The clinician is independently licensed and the note fell in the sample. */
    SAMPLED,

    /** The clinician is independently licensed and the note fell outside the sample. */
    NOT_SAMPLED,

    /** The clinician is independently licensed and the policy asks co-sign of supervisees only. */
    LICENSED_NOT_REQUIRED
}
