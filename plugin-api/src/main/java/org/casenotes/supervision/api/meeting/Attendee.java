package org.casenotes.supervision.api.meeting;

import java.util.Objects;

/**
 * One supervisee of a meeting and whether they took part.
 *
 * @param superviseeId the supervisee's user id in the host
 * @param attendance present or absent; PRESENT until recorded otherwise
 */
public record Attendee(String superviseeId, Attendance attendance) {

    /** Checks that nothing is null. */
    public Attendee {
        Objects.requireNonNull(superviseeId, "superviseeId");
        Objects.requireNonNull(attendance, "attendance");
    }
}
