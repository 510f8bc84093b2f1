package org.casenotes.supervision.api.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One meeting credited to a supervisee in an hours log.
 *
 * @param meetingId the meeting
 * @param date the meeting's date in the practice's time zone
 * @param startTime the meeting's start time in the practice's time zone
 * @param supervisorId who led it
 * @param format individual, group or triadic
 * @param modality in person, video or phone
 * @param minutes the minutes credited
 */
public record HoursEntry(String meetingId, LocalDate date, LocalTime startTime,
        String supervisorId, MeetingFormat format, Modality modality, int minutes) {

    /** Checks that nothing is null. */
    public HoursEntry {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(supervisorId, "supervisorId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(modality, "modality");
    }
}
