package org.casenotes.supervision.core.meeting;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.casenotes.supervision.api.meeting.ActionItem;
import org.casenotes.supervision.api.meeting.AgendaItem;
import org.casenotes.supervision.api.meeting.AgendaItemKind;
import org.casenotes.supervision.api.meeting.AgendaReason;
import org.casenotes.supervision.core.storage.Tx;

/**
 * Proposes a meeting's agenda: per supervisee, the notes worth discussing since their last
 * meeting that took place with them present, then every open action item from earlier meetings.
 */
final class AgendaProposal {

    /** How far back to look for a supervisee who has never met their supervisor. */
    static final int DEFAULT_LOOK_BACK_DAYS = 28;

    private final MeetingStore meetings;
    private final ActionItemStore actionItems;
    private final AgendaSources sources;

    AgendaProposal(MeetingStore meetings, ActionItemStore actionItems, AgendaSources sources) {
        this.meetings = meetings;
        this.actionItems = actionItems;
        this.sources = sources;
    }

    List<AgendaItem> propose(Tx tx, MeetingRow meeting, ZoneId zone, int firstOrder) throws SQLException {
        String org = meeting.organisationId();
        LocalDate day = meeting.startsAt().atZone(zone).toLocalDate();
        List<AgendaItem> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int order = firstOrder;
        for (String supervisee : meeting.superviseeIds()) {
            Optional<Instant> last = meetings.lastAttended(tx, org, supervisee, meeting.startsAt());
            LocalDate from = last.map(at -> at.atZone(zone).toLocalDate()).orElse(day.minusDays(DEFAULT_LOOK_BACK_DAYS));
            List<AgendaCandidate> candidates = new ArrayList<>(sources.candidates(tx, org, supervisee, from, day));
            candidates.sort(Comparator.comparing(AgendaCandidate::sessionDate, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(AgendaCandidate::noteId).thenComparing(AgendaCandidate::reason));
            // One item per note, with every reason it is on the agenda for, in reason order.
            Map<String, List<AgendaCandidate>> byNote = new LinkedHashMap<>();
            for (AgendaCandidate c : candidates) {
                // The source is asked for the period, but the period is this feature's promise.
                boolean inPeriod = c.sessionDate() == null || (c.sessionDate().isAfter(from) && !c.sessionDate().isAfter(day));
                if (inPeriod && !seen.contains("note:" + c.noteId())) {
                    byNote.computeIfAbsent(c.noteId(), id -> new ArrayList<>()).add(c);
                }
            }
            for (List<AgendaCandidate> reasonsOfNote : byNote.values()) {
                AgendaCandidate first = reasonsOfNote.get(0);
                seen.add("note:" + first.noteId());
                List<AgendaReason> reasons = reasonsOfNote.stream().map(AgendaCandidate::reason).distinct().toList();
                List<String> rules = reasonsOfNote.stream().flatMap(c -> c.flagRuleIds().stream()).distinct().toList();
                items.add(new AgendaItem(UUID.randomUUID().toString(), order++, AgendaItemKind.NOTE, supervisee,
                        first.noteId(), first.clientId(), first.sessionDate(), first.reason(), rules, null, null, null,
                        null, reasons));
            }
        }
        for (String supervisee : meeting.superviseeIds()) {
            for (ActionItem open : actionItems.openFromEarlierMeetings(tx, org, supervisee, meeting.startsAt())) {
                if (seen.add("action:" + open.id())) {
                    String concerns = meeting.attends(open.ownerId()) ? open.ownerId() : null;
                    items.add(new AgendaItem(UUID.randomUUID().toString(), order++, AgendaItemKind.ACTION_ITEM,
                            concerns, null, null, null, null, List.of(), open.id(), null, null, null));
                }
            }
        }
        return items;
    }

    /** Whether an action item may be closed in this meeting: raised here or carried over to it. */
    boolean carriedInto(Tx tx, MeetingRow meeting, ActionItem item) throws SQLException {
        if (item.raisedInMeetingId().equals(meeting.id())) {
            return true;
        }
        for (String supervisee : meeting.superviseeIds()) {
            for (ActionItem open : actionItems.openFromEarlierMeetings(tx, meeting.organisationId(), supervisee,
                    meeting.startsAt())) {
                if (open.id().equals(item.id())) {
                    return true;
                }
            }
        }
        return false;
    }
}
