package org.casenotes.supervision.api.meeting;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A supervision meeting as its supervisor sees it: attendance, agenda with case notes, overall
 * feedback, action items and addenda.
 *
 * @param id the meeting's id
 * @param organisationId the organisation
 * @param supervisorId who leads the meeting and keeps its case notes
 * @param attendees the supervisees with their attendance, in the order planned
 * @param startsAt when it starts
 * @param durationMinutes how long it lasts
 * @param format individual, group or triadic
 * @param modality in person, video or phone
 * @param status planned, held or signed
 * @param version the version for optimistic concurrency
 * @param agenda the agenda items in order
 * @param overallFeedback the supervisor's overall feedback, or {@code null}
 * @param actionItems the items raised in this meeting and the carried-over items it closed
 * @param addenda addenda written after signing, oldest first
 * @param signedAt when it was signed, or {@code null}
 */
public record Meeting(String id, String organisationId, String supervisorId,
        List<Attendee> attendees, Instant startsAt, int durationMinutes, MeetingFormat format,
        Modality modality, MeetingStatus status, long version, List<AgendaItem> agenda,
        String overallFeedback, List<ActionItem> actionItems, List<MeetingAddendum> addenda,
        Instant signedAt) implements MeetingView {

    /** Checks the required fields and copies the lists. */
    public Meeting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(supervisorId, "supervisorId");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(status, "status");
        attendees = List.copyOf(attendees);
        agenda = List.copyOf(agenda);
        actionItems = List.copyOf(actionItems);
        addenda = List.copyOf(addenda);
    }
}
