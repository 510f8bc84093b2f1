package org.casenotes.supervision.api.meeting;

/** Where a meeting is in its life: PLANNED, then HELD, then SIGNED (locked). */
public enum MeetingStatus {
    /** Scheduled; agenda and attendance may still change. */
    PLANNED,
    /** Took place; counts towards hours; case notes may still be written. */
    HELD,
    /** Signed by the supervisor; never changes again, corrections go into addenda. */
    SIGNED;

    /**
     * Tells whether the meeting took place, so its time counts towards the hours log.
     *
     * @return {@code true} for HELD and SIGNED
     */
    public boolean tookPlace() {
        return this != PLANNED;
    }
}
