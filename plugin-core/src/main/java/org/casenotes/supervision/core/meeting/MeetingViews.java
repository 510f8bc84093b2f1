package org.casenotes.supervision.core.meeting;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.meeting.ActionItem;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.MeetingSummary;
import org.casenotes.supervision.core.storage.Tx;

/** Assembles meetings from the stores and cuts them down to what each actor may see. */
final class MeetingViews {

    private final AgendaStore agenda;
    private final ActionItemStore actionItems;
    private final AddendumStore addenda;

    MeetingViews(AgendaStore agenda, ActionItemStore actionItems, AddendumStore addenda) {
        this.agenda = agenda;
        this.actionItems = actionItems;
        this.addenda = addenda;
    }

    Meeting full(Tx tx, MeetingRow row) throws SQLException {
        String org = row.organisationId();
        return new Meeting(row.id(), org, row.supervisorId(), row.attendees(), row.startsAt(),
                row.durationMinutes(), row.format(), row.modality(), row.status(), row.version(),
                agenda.agenda(tx, org, row.id()), row.overallFeedback(), actionItems.ofMeeting(tx, org, row.id()),
                addenda.of(tx, org, row.id()), row.signedAt());
    }

    /**
     * The summary the actor may see: the supervisor sees every attendee and action item; a
     * supervisee of the meeting sees only their own; an admin sees attendance, no action items.
     *
     * @return the summary, or empty when the actor may not see the meeting at all
     */
    Optional<MeetingSummary> summary(Tx tx, Actor actor, MeetingRow row) throws SQLException {
        String me = actor.userId();
        if (me.equals(row.supervisorId())) {
            return Optional.of(summary(row, row.attendees(), actionItems.ofMeeting(tx, row.organisationId(), row.id())));
        }
        if (row.attends(me)) {
            List<ActionItem> mine = actionItems.ofMeeting(tx, row.organisationId(), row.id()).stream()
                    .filter(item -> item.ownerId().equals(me)).toList();
            return Optional.of(summary(row, row.attendees().stream().filter(a -> a.superviseeId().equals(me)).toList(), mine));
        }
        if (actor.has(Role.ADMIN)) {
            return Optional.of(summary(row, row.attendees(), List.of()));
        }
        return Optional.empty();
    }

    private static MeetingSummary summary(MeetingRow row, List<org.casenotes.supervision.api.meeting.Attendee> attendees,
            List<ActionItem> items) {
        return new MeetingSummary(row.id(), row.supervisorId(), attendees, row.startsAt(), row.durationMinutes(),
                row.format(), row.modality(), row.status(), row.version(), items);
    }
}
