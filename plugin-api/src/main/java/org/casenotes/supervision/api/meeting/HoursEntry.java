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
 * @param minutes the minutes credited; 0 when the supervisee was not present
 * @param attendance the supervisee's attendance; only PRESENT is credited
 */
public record HoursEntry(String meetingId, LocalDate date, LocalTime startTime,
        String supervisorId, MeetingFormat format, Modality modality, int minutes, Attendance attendance) {

    /** Checks that nothing is null. */
    public HoursEntry {
        Objects.requireNonNull(meetingId, "meetingId");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(supervisorId, "supervisorId");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(attendance, "attendance");
    }

    /**
     * A meeting the supervisee was present at.
     *
     * @param meetingId the meeting
     * @param date the meeting's date
     * @param startTime the meeting's start time
     * @param supervisorId who led it
     * @param format the format
     * @param modality the modality
     * @param minutes the minutes credited
     */
    public HoursEntry(String meetingId, LocalDate date, LocalTime startTime, String supervisorId,
            MeetingFormat format, Modality modality, int minutes) {
        this(meetingId, date, startTime, supervisorId, format, modality, minutes, Attendance.PRESENT);
    }
}
