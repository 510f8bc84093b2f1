package org.casenotes.supervision.api.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A meeting without the supervisor's case notes: what a supervisee sees of a meeting they
 * attend (only their own attendance and the action items they own) and what an admin sees
 * (attendance, no action items).
 *
 * @param id the meeting's id
 * @param supervisorId who leads the meeting
 * @param attendees the attendees the viewer may see
 * @param startsAt when it starts
 * @param durationMinutes how long it lasts
 * @param format individual, group or triadic
 * @param modality in person, video or phone
 * @param status planned, held or signed
 * @param version the version for optimistic concurrency
 * @param actionItems the action items the viewer may see
 */
public record MeetingSummary(String id, String supervisorId, List<Attendee> attendees,
        Instant startsAt, int durationMinutes, MeetingFormat format, Modality modality,
        MeetingStatus status, long version, List<ActionItem> actionItems) implements MeetingView {

    /** Checks the required fields and copies the lists. */
    public MeetingSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(supervisorId, "supervisorId");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(status, "status");
        attendees = List.copyOf(attendees);
        actionItems = List.copyOf(actionItems);
    }
}
