package org.casenotes.supervision.core.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.input.CalendarDates;
import org.casenotes.supervision.api.meeting.ActionItem;
import org.casenotes.supervision.api.meeting.AgendaItem;
import org.casenotes.supervision.api.meeting.Attendance;
import org.casenotes.supervision.api.meeting.CaseNotes;
import org.casenotes.supervision.api.meeting.ItemNotes;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.MeetingAddendum;
import org.casenotes.supervision.api.meeting.MeetingStatus;
import org.casenotes.supervision.api.meeting.NewActionItem;
import org.casenotes.supervision.core.signature.SignatureLedger;
import org.casenotes.supervision.core.storage.Transactions;

/**
 * The meeting's own changes: attendance, held, case notes, action items, signing, and addenda
 * after signing. Each goes through {@link GuardedChange} except the addendum, which leaves the
 * signed meeting and its version as they are.
 */
final class MeetingChanges {

    private static final Set<MeetingStatus> OPEN = EnumSet.of(MeetingStatus.PLANNED, MeetingStatus.HELD);

    private final GuardedChange guarded;
    private final Transactions transactions;
    private final Clock clock;
    private final MeetingRights rights;
    private final MeetingStore store;
    private final AgendaStore agenda;
    private final ActionItemStore actionItems;
    private final AddendumStore addenda;
    private final MeetingViews views;
    private final MeetingAudit audit;
    private final AgendaProposal proposal;
    private final SignatureLedger signatures;

    MeetingChanges(GuardedChange guarded, Transactions transactions, Clock clock, MeetingRights rights,
            MeetingStore store, AgendaStore agenda, ActionItemStore actionItems, AddendumStore addenda,
            MeetingViews views, MeetingAudit audit, AgendaProposal proposal, SignatureLedger signatures) {
        this.signatures = signatures;
        this.guarded = guarded;
        this.transactions = transactions;
        this.clock = clock;
        this.rights = rights;
        this.store = store;
        this.agenda = agenda;
        this.actionItems = actionItems;
        this.addenda = addenda;
        this.views = views;
        this.audit = audit;
        this.proposal = proposal;
    }

    Meeting recordAttendance(Actor actor, String meetingId, long expectedVersion, Map<String, Attendance> attendance) {
        return guarded.run(actor, meetingId, expectedVersion, "record attendance", AuditAction.UPDATE, OPEN, (tx, m) -> {
            List<FieldProblem> problems = new ArrayList<>();
            if (attendance == null || attendance.isEmpty()) {
                problems.add(new FieldProblem("/attendance", "required", "record at least one supervisee"));
            } else {
                attendance.forEach((id, value) -> {
                    String path = "/attendance/" + pointer(String.valueOf(id));
                    if (id == null || !m.attends(id)) {
                        problems.add(new FieldProblem(path, "not-attendee", "not a supervisee of this meeting"));
                    } else if (value == null) {
                        problems.add(new FieldProblem(path, "required", "PRESENT, ABSENT or EXCUSED"));
                    }
                });
            }
            PlanCheck.throwIfAny(problems);
            for (Map.Entry<String, Attendance> entry : attendance.entrySet()) {
                store.setAttendance(tx, m.organisationId(), m.id(), entry.getKey(), entry.getValue());
            }
            return "attendance-recorded";
        });
    }

    Meeting markHeld(Actor actor, String meetingId, long expectedVersion) {
        return guarded.run(actor, meetingId, expectedVersion, "mark a meeting held", AuditAction.UPDATE,
                EnumSet.of(MeetingStatus.PLANNED), (tx, m) -> {
                    if (m.startsAt().isAfter(clock.instant())) {
                        throw new InvalidStateException("meeting.not-started", "a meeting that has not started cannot be held");
                    }
                    store.markHeld(tx, m.organisationId(), m.id(), clock.instant());
                    return "held";
                });
    }

    Meeting writeCaseNotes(Actor actor, String meetingId, long expectedVersion, CaseNotes notes) {
        return guarded.run(actor, meetingId, expectedVersion, "write case notes", AuditAction.UPDATE, OPEN, (tx, m) -> {
            List<FieldProblem> problems = new ArrayList<>();
            if (notes == null) {
                throw ValidationException.of("", "required", "case notes are required");
            }
            Map<String, AgendaItem> items = new HashMap<>();
            agenda.agenda(tx, m.organisationId(), m.id()).forEach(i -> items.put(i.id(), i));
            for (int i = 0; i < notes.items().size(); i++) {
                ItemNotes n = notes.items().get(i);
                if (n == null || n.agendaItemId() == null || !items.containsKey(n.agendaItemId())) {
                    problems.add(new FieldProblem("/items/" + i + "/agendaItemId", "unknown", "no such agenda item in the meeting"));
                    continue;
                }
                PlanCheck.text(problems, "/items/" + i + "/discussion", n.discussion(), false, PlanCheck.MAX_NOTES);
                PlanCheck.text(problems, "/items/" + i + "/feedback", n.feedback(), false, PlanCheck.MAX_NOTES);
            }
            PlanCheck.text(problems, "/overallFeedback", notes.overallFeedback(), false, PlanCheck.MAX_NOTES);
            PlanCheck.throwIfAny(problems);
            for (ItemNotes n : notes.items()) {
                AgendaItem before = items.get(n.agendaItemId());
                agenda.writeNotes(tx, m.organisationId(), m.id(), n.agendaItemId(),
                        n.discussion() != null ? n.discussion() : before.discussion(),
                        n.feedback() != null ? n.feedback() : before.feedback());
            }
            if (notes.overallFeedback() != null) {
                store.setOverallFeedback(tx, m.organisationId(), m.id(), notes.overallFeedback());
            }
            return "case-notes items=" + notes.items().size();
        });
    }

    Meeting addActionItem(Actor actor, String meetingId, long expectedVersion, NewActionItem item) {
        return guarded.run(actor, meetingId, expectedVersion, "add an action item", AuditAction.UPDATE, OPEN, (tx, m) -> {
            List<FieldProblem> problems = new ArrayList<>();
            if (item == null) {
                throw ValidationException.of("", "required", "an action item is required");
            }
            PlanCheck.text(problems, "/text", item.text(), true, PlanCheck.MAX_ACTION_TEXT);
            CalendarDates.problem("/dueDate", item.dueDate()).ifPresent(problems::add);
            if (item.ownerId() == null || !(item.ownerId().equals(m.supervisorId()) || m.attends(item.ownerId()))) {
                problems.add(new FieldProblem("/ownerId", "not-in-meeting", "the owner is the supervisor or a supervisee of the meeting"));
            }
            PlanCheck.throwIfAny(problems);
            String id = UUID.randomUUID().toString();
            actionItems.insert(tx, m.organisationId(),
                    new ActionItem(id, m.id(), item.text(), item.ownerId(), item.dueDate(), null, null), clock.instant());
            return "action-item-added " + id;
        });
    }

    Meeting completeActionItem(Actor actor, String meetingId, long expectedVersion, String actionItemId) {
        return guarded.run(actor, meetingId, expectedVersion, "complete an action item", AuditAction.UPDATE, OPEN, (tx, m) -> {
            ActionItem item = actionItemId == null ? null
                    : actionItems.find(tx, m.organisationId(), actionItemId).orElse(null);
            if (item == null || !(item.done() || proposal.carriedInto(tx, m, item))) {
                throw new NotFoundException("action-item.not-found", "no such open action item for this meeting");
            }
            if (item.done()) {
                throw new InvalidStateException("action-item.done", "the action item is done already");
            }
            actionItems.close(tx, m.organisationId(), item.id(), m.id(), clock.instant());
            return "action-item-done " + item.id();
        });
    }

    Meeting sign(Actor actor, String meetingId, long expectedVersion) {
        return guarded.run(actor, meetingId, expectedVersion, "sign a meeting", AuditAction.SIGN,
                EnumSet.of(MeetingStatus.HELD), (tx, m) -> {
                    Instant at = clock.instant();
                    store.markSigned(tx, m.organisationId(), m.id(), at);
                    signatures.recordMeeting(tx, m.organisationId(), m.id(), actor.userId(), at, m.startsAt());
                    return "signed";
                });
    }

    Meeting addAddendum(Actor actor, String meetingId, String text) {
        return transactions.inTransaction("add a meeting addendum", tx -> {
            MeetingRow m = guarded.load(tx, actor, meetingId);
            rights.requireLeads(actor, m);
            if (m.status() != MeetingStatus.SIGNED) {
                throw new InvalidStateException("meeting.not-signed", "addenda are for signed meetings; edit the meeting instead");
            }
            List<FieldProblem> problems = new ArrayList<>();
            PlanCheck.text(problems, "/text", text, true, PlanCheck.MAX_NOTES);
            PlanCheck.throwIfAny(problems);
            MeetingAddendum addendum = new MeetingAddendum(UUID.randomUUID().toString(), clock.instant(), actor.userId(), text);
            addenda.insert(tx, m.organisationId(), m.id(), addendum);
            audit.record(tx, actor, AuditAction.CREATE, MeetingAudit.MEETING, "meeting-addendum", addendum.id(),
                    null, null, "meeting " + m.id());
            return views.full(tx, m);
        });
    }

    private static String pointer(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
