package org.casenotes.supervision.api.meeting;

/** Whether a supervisee took part; only present supervisees are credited hours. */
public enum Attendance {
    /** Took part. */
    PRESENT,
    /** Did not take part. */
    ABSENT
}
