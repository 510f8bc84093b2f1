package org.casenotes.supervision.api.meeting;

/** Whether a supervisee took part; only present supervisees are credited hours. */
public enum Attendance {
    /** Took part. */
    PRESENT,
    /** Did not take part. */
    ABSENT,
    /** Did not take part, with the supervisor's leave; credited no hours either. */
    EXCUSED;

    /**
     * Tells whether a supervisee with this attendance is credited the meeting's hours.
     *
     * @return {@code true} for {@link #PRESENT} only
     */
    public boolean credited() {
        return this == PRESENT;
    }
}
