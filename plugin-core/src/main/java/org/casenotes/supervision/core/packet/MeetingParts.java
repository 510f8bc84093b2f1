package org.casenotes.supervision.core.packet;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.meeting.HoursEntry;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.Meetings;

/**
 * The packet's meeting parts, read through the meetings service as the supervisor: the agenda
 * and action items of the supervisor's meetings, and each supervisee's hours log. One per
 * export; not thread-safe.
 */
final class MeetingParts {

    private final Meetings meetings;
    private final Actor supervisor;
    private final ZoneId zone;
    private final PacketText text;
    private final People people;
    private final ClientLabels clients;

    MeetingParts(Meetings meetings, Actor supervisor, ZoneId zone, PacketText text, People people,
            ClientLabels clients) {
        this.meetings = meetings;
        this.supervisor = supervisor;
        this.zone = zone;
        this.text = text;
        this.people = people;
        this.clients = clients;
    }

    /** The supervisor's meetings in the period with any of the supervisees, oldest first. */
    List<Meeting> inPeriod(List<String> supervisees, LocalDate from, LocalDate to) {
        Set<String> wanted = Set.copyOf(supervisees);
        List<Meeting> found = new ArrayList<>();
        meetings.list(supervisor, from, to).stream()
                .filter(m -> m.supervisorId().equals(supervisor.userId()))
                .filter(m -> m.attendees().stream().anyMatch(a -> wanted.contains(a.superviseeId())))
                .forEach(m -> found.add((Meeting) meetings.view(supervisor, m.id())));
        return found;
    }

    List<AgendaItem> agenda(List<Meeting> held) {
        // An item carried over is listed only by the meeting that raised or closed it.
        Map<String, String> actionTexts = new LinkedHashMap<>();
        held.forEach(m -> m.actionItems().forEach(a -> actionTexts.put(a.id(), a.text())));
        List<AgendaItem> items = new ArrayList<>();
        for (Meeting meeting : held) {
            String day = meeting.startsAt().atZone(zone).toLocalDate().toString();
            for (org.casenotes.supervision.api.meeting.AgendaItem item : meeting.agenda()) {
                items.add(new AgendaItem(day + " \u00b7 " + title(item, actionTexts), detail(item)));
            }
        }
        return items;
    }

    List<ActionItem> actions(List<Meeting> held) {
        Map<String, ActionItem> items = new LinkedHashMap<>();
        for (Meeting meeting : held) {
            for (org.casenotes.supervision.api.meeting.ActionItem item : meeting.actionItems()) {
                items.put(item.id(), new ActionItem(item.text(), people.name(item.ownerId()), item.dueDate(),
                        item.done()));
            }
        }
        return List.copyOf(items.values());
    }

    HoursLog hours(List<String> supervisees, LocalDate from, LocalDate to) {
        List<HoursLog.Row> rows = new ArrayList<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        for (String supervisee : supervisees) {
            for (HoursEntry entry : meetings.hours(supervisor, supervisee, from, to, zone).entries()) {
                String format = text.of("format", entry.format());
                String modality = text.of("modality", entry.modality());
                rows.add(new HoursLog.Row(entry.date(), people.name(supervisee), modality, format, entry.minutes()));
                totals.merge(format + " \u00b7 " + modality, (long) entry.minutes(), Long::sum);
            }
        }
        List<Count> counts = new ArrayList<>();
        totals.forEach((label, minutes) -> counts.add(new Count(label, minutes)));
        return new HoursLog(rows, counts);
    }

    private String title(org.casenotes.supervision.api.meeting.AgendaItem item, Map<String, String> actionTexts) {
        return switch (item.kind()) {
            case NOTE -> text.format("agenda.note", item.superviseeId() == null ? "" : people.name(item.superviseeId()),
                    item.clientId() == null ? "" : clients.label(item.clientId()),
                    item.sessionDate() == null ? "" : item.sessionDate(), text.of("reason", item.reason()));
            case ACTION_ITEM -> actionTexts.containsKey(item.actionItemId())
                    ? text.format("agenda.action", actionTexts.get(item.actionItemId()))
                    : text.get("agenda.action.earlier");
            case FREE_TOPIC -> item.topic();
        };
    }

    private String detail(org.casenotes.supervision.api.meeting.AgendaItem item) {
        List<String> parts = new ArrayList<>();
        if (item.discussion() != null && !item.discussion().isBlank()) {
            parts.add(text.format("agenda.discussion", item.discussion()));
        }
        if (item.feedback() != null && !item.feedback().isBlank()) {
            parts.add(text.format("agenda.feedback", item.feedback()));
        }
        return String.join("\n", parts);
    }
}
