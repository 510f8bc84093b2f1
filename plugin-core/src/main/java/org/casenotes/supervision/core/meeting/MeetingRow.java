package org.casenotes.supervision.core.meeting;

import java.time.Instant;
import java.util.List;
import org.casenotes.supervision.api.meeting.Attendee;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.MeetingStatus;
import org.casenotes.supervision.api.meeting.Modality;

/** A meeting's own row and its attendees, as stored; agenda and action items are read apart. */
record MeetingRow(String organisationId, String id, String supervisorId, List<Attendee> attendees,
        Instant startsAt, int durationMinutes, MeetingFormat format, Modality modality,
        MeetingStatus status, String overallFeedback, long version, Instant signedAt) {

    MeetingRow {
        attendees = List.copyOf(attendees);
    }

    boolean attends(String userId) {
        return attendees.stream().anyMatch(a -> a.superviseeId().equals(userId));
    }

    List<String> superviseeIds() {
        return attendees.stream().map(Attendee::superviseeId).toList();
    }
}
