package org.casenotes.supervision.api.disclosure;

/** How the client took the disclosure. */
public enum ResponseRating {
    /** The client found it helpful. */
    HELPFUL,
    /** No visible effect. */
    NEUTRAL,
    /** It did not help, or it set the client back. */
    UNHELPFUL,
    /** The effect could not be judged. */
    UNCLEAR
}
