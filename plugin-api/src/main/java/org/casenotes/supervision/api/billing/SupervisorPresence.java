package org.casenotes.supervision.api.billing;

/** How the supervising practitioner was present for a supervisee's service, as the host records it. */
public enum SupervisorPresence {
    /** In the same office suite or room. */
    IN_PERSON,
    /** Immediately available by real-time audio and video. */
    VIDEO,
    /** By telephone only; never counts as virtual direct supervision (CMS: real-time audio-video). */
    AUDIO_ONLY,
    /** Not present during the service. */
    NOT_PRESENT
}
