package org.casenotes.supervision.api.disclosure;

/** What the disclosure was meant to do for the client. */
public enum Intent {
    /** Strengthen the working relationship and the client's trust. */
    STRENGTHEN_ALLIANCE,
    /** Show the client their experience is not unusual, easing isolation or shame. */
    NORMALIZE,
    /** Show understanding of what the client lives through. */
    ENHANCE_EMPATHY,
    /** Model open, healthy communication about experience and feelings. */
    MODEL_COMMUNICATION,
    /** Help the client see their situation from a new angle. */
    FACILITATE_INSIGHT,
    /** Reassure the client; encourage hope. */
    REASSURE,
    /** Another purpose, described in the entry's other-intent text. */
    OTHER
}
