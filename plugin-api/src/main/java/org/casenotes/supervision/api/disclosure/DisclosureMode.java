package org.casenotes.supervision.api.disclosure;

/** How the disclosure came about (after Zur's typology). */
public enum DisclosureMode {
    /** The therapist chose to disclose, on purpose. */
    DELIBERATE,
    /** The setting revealed it (pregnancy, a visible injury, a shared community). */
    UNAVOIDABLE,
    /** It slipped out or happened by chance (a chance meeting, a spontaneous reaction). */
    ACCIDENTAL,
    /** The client found it out or asked until it was said (an online search, a direct question). */
    CLIENT_INITIATED
}
