package org.casenotes.supervision.api.disclosure;

/** The clinician's answer to "why am I telling?". */
public enum MotiveCheck {
    /** The disclosure served the client's needs and treatment goals. */
    CLIENT_BENEFIT,
    /** The clinician is not sure whose needs it served. */
    UNSURE,
    /** It met the clinician's own needs (to be understood, validated, relieved). */
    OWN_NEEDS
}
