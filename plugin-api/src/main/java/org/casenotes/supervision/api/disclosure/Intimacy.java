package org.casenotes.supervision.api.disclosure;

/** How personal the disclosed information is (after Hill and Knox). */
public enum Intimacy {
    /** Professional matters: training, orientation, experience. */
    PROFESSIONAL,
    /** Demographic facts: age, family status, background. */
    DEMOGRAPHIC,
    /** Personal history: struggles, losses, experiences. */
    PERSONAL_HISTORY
}
