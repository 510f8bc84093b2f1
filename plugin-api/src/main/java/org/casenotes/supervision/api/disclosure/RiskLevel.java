package org.casenotes.supervision.api.disclosure;

/** The clinician's judgement of one risk. */
public enum RiskLevel {
    /** The risk did not arise. */
    NO,
    /** The risk may have arisen. */
    POSSIBLE,
    /** The risk arose. */
    YES
}
