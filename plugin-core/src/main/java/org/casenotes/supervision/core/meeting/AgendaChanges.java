package org.casenotes.supervision.core.meeting;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.meeting.AgendaItem;
import org.casenotes.supervision.api.meeting.AgendaItemKind;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.MeetingStatus;

/** The supervisor's agenda edits: propose, add a free topic, remove, reorder. */
final class AgendaChanges {

    private static final Set<MeetingStatus> OPEN = EnumSet.of(MeetingStatus.PLANNED, MeetingStatus.HELD);

    private final GuardedChange guarded;
    private final Clock clock;
    private final AgendaStore agenda;
    private final AgendaProposal proposal;

    AgendaChanges(GuardedChange guarded, Clock clock, AgendaStore agenda, AgendaProposal proposal) {
        this.guarded = guarded;
        this.clock = clock;
        this.agenda = agenda;
        this.proposal = proposal;
    }

    Meeting proposeAgenda(Actor actor, String meetingId, long expectedVersion) {
        return guarded.run(actor, meetingId, expectedVersion, "propose an agenda", AuditAction.UPDATE,
                EnumSet.of(MeetingStatus.PLANNED), (tx, m) -> {
                    List<AgendaItem> topics = new ArrayList<>();
                    for (AgendaItem item : agenda.agenda(tx, m.organisationId(), m.id())) {
                        if (item.kind() == AgendaItemKind.FREE_TOPIC) {
                            topics.add(item);
                        }
                        agenda.delete(tx, m.organisationId(), m.id(), item.id());
                    }
                    List<AgendaItem> proposed = proposal.propose(tx, m, clock.getZone(), 1);
                    int order = 1;
                    for (AgendaItem item : proposed) {
                        agenda.insert(tx, m.organisationId(), m.id(), item);
                        order++;
                    }
                    for (AgendaItem topic : topics) {
                        agenda.insert(tx, m.organisationId(), m.id(), withOrder(topic, order++));
                    }
                    return "agenda-proposed items=" + proposed.size();
                });
    }

    Meeting addFreeTopic(Actor actor, String meetingId, long expectedVersion, String topic) {
        return guarded.run(actor, meetingId, expectedVersion, "add an agenda topic", AuditAction.UPDATE, OPEN, (tx, m) -> {
            List<FieldProblem> problems = new ArrayList<>();
            PlanCheck.text(problems, "/topic", topic, true, PlanCheck.MAX_TOPIC);
            PlanCheck.throwIfAny(problems);
            int order = agenda.agenda(tx, m.organisationId(), m.id()).size() + 1;
            String id = UUID.randomUUID().toString();
            agenda.insert(tx, m.organisationId(), m.id(), new AgendaItem(id, order, AgendaItemKind.FREE_TOPIC, null,
                    null, null, null, null, List.of(), null, topic, null, null));
            return "agenda-topic-added " + id;
        });
    }

    Meeting removeAgendaItem(Actor actor, String meetingId, long expectedVersion, String itemId) {
        return guarded.run(actor, meetingId, expectedVersion, "remove an agenda item", AuditAction.UPDATE, OPEN, (tx, m) -> {
            List<AgendaItem> items = agenda.agenda(tx, m.organisationId(), m.id());
            if (items.stream().noneMatch(i -> i.id().equals(itemId))) {
                throw new NotFoundException("agenda-item.not-found", "no such agenda item in the meeting");
            }
            agenda.delete(tx, m.organisationId(), m.id(), itemId);
            int order = 1;
            for (AgendaItem item : items) {
                if (!item.id().equals(itemId)) {
                    agenda.move(tx, m.organisationId(), m.id(), item.id(), order++);
                }
            }
            return "agenda-item-removed " + itemId;
        });
    }

    Meeting reorderAgenda(Actor actor, String meetingId, long expectedVersion, List<String> itemIds) {
        return guarded.run(actor, meetingId, expectedVersion, "reorder the agenda", AuditAction.UPDATE, OPEN, (tx, m) -> {
            Set<String> current = new HashSet<>();
            agenda.agenda(tx, m.organisationId(), m.id()).forEach(i -> current.add(i.id()));
            if (itemIds == null || itemIds.size() != current.size() || !current.equals(new HashSet<>(itemIds))) {
                throw ValidationException.of("/agendaItemIds", "not-a-permutation",
                        "list every agenda item of the meeting exactly once");
            }
            int order = 1;
            for (String id : itemIds) {
                agenda.move(tx, m.organisationId(), m.id(), id, order++);
            }
            return "agenda-reordered";
        });
    }

    private static AgendaItem withOrder(AgendaItem i, int order) {
        return new AgendaItem(i.id(), order, i.kind(), i.superviseeId(), i.noteId(), i.clientId(), i.sessionDate(),
                i.reason(), i.flagRuleIds(), i.actionItemId(), i.topic(), i.discussion(), i.feedback());
    }
}
