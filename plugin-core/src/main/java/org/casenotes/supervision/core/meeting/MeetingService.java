package org.casenotes.supervision.core.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.input.CalendarDates;
import org.casenotes.supervision.api.meeting.ActionItem;
import org.casenotes.supervision.api.meeting.Attendance;
import org.casenotes.supervision.api.meeting.Attendee;
import org.casenotes.supervision.api.meeting.CaseNotes;
import org.casenotes.supervision.api.meeting.HoursLog;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.MeetingPlan;
import org.casenotes.supervision.api.meeting.MeetingStatus;
import org.casenotes.supervision.api.meeting.MeetingSummary;
import org.casenotes.supervision.api.meeting.MeetingView;
import org.casenotes.supervision.api.meeting.Meetings;
import org.casenotes.supervision.api.meeting.NewActionItem;
import org.casenotes.supervision.core.audit.AuditTrail;
import org.casenotes.supervision.core.signature.SignatureLedger;
import org.casenotes.supervision.core.storage.Transactions;

/**
 * The meetings service: planning, reading and the hours log here; every change to an existing
 * meeting goes through {@link AgendaChanges} or {@link MeetingChanges}. Thread-safe: it keeps no state between calls.
 */
public final class MeetingService implements Meetings {

    private final Transactions transactions;
    private final Clock clock;
    private final MeetingRights rights;
    private final MeetingStore store = new MeetingStore();
    private final MeetingViews views;
    private final HoursLogs hoursLogs;
    private final MeetingAudit audit;
    private final MeetingChanges changes;
    private final AgendaChanges agendaChanges;
    private final GuardedChange guarded;
    private final ActionItemStore actionItems;

    /**
     * Wires the service.
     *
     * @param host the host context: clock (and its time zone), directory, data source
     * @param transactions the transaction runner over the host's data source
     * @param sources where the agenda proposal finds notes to discuss
     * @param auditTrail where audit events go, in each action's transaction
     */
    public MeetingService(HostContext host, Transactions transactions, AgendaSources sources, AuditTrail auditTrail) {
        this.transactions = transactions;
        this.clock = host.clock();
        this.rights = new MeetingRights(host.directory());
        AgendaStore agenda = new AgendaStore();
        ActionItemStore actionItems = new ActionItemStore();
        this.actionItems = actionItems;
        this.views = new MeetingViews(agenda, actionItems, new AddendumStore());
        this.hoursLogs = new HoursLogs(store, host.directory());
        this.audit = new MeetingAudit(auditTrail, clock);
        GuardedChange guarded = new GuardedChange(transactions, rights, store, views, audit);
        AgendaProposal proposal = new AgendaProposal(store, actionItems, sources);
        this.agendaChanges = new AgendaChanges(guarded, clock, agenda, proposal);
        this.changes = new MeetingChanges(guarded, transactions, clock, rights, store, agenda, actionItems,
                new AddendumStore(), views, audit, proposal,
                new SignatureLedger(host.directory(), host.clock().getZone()));
        this.guarded = guarded;
    }

    @Override
    public Meeting plan(Actor actor, MeetingPlan plan) {
        rights.requireSupervisorRole(actor);
        PlanCheck.check(actor, plan, rights);
        rights.requireSupervises(actor, plan.superviseeIds(), plan.startsAt().atZone(clock.getZone()).toLocalDate());
        return transactions.inTransaction("plan a meeting", tx -> {
            List<Attendee> attendees = plan.superviseeIds().stream().map(id -> new Attendee(id, Attendance.PRESENT)).toList();
            MeetingRow row = new MeetingRow(actor.organisationId(), UUID.randomUUID().toString(), actor.userId(),
                    attendees, plan.startsAt(), plan.durationMinutes(), plan.format(), plan.modality(),
                    MeetingStatus.PLANNED, null, 1, null);
            store.insert(tx, row, clock.instant());
            audit.record(tx, actor, AuditAction.CREATE, MeetingAudit.MEETING, "meeting", row.id(), null,
                    MeetingStatus.PLANNED.name(), "supervisees=" + attendees.size());
            return views.full(tx, row);
        });
    }

    @Override
    public Meeting proposeAgenda(Actor actor, String meetingId, long expectedVersion) {
        return agendaChanges.proposeAgenda(actor, meetingId, expectedVersion);
    }

    @Override
    public Meeting addFreeTopic(Actor actor, String meetingId, long expectedVersion, String topic) {
        return agendaChanges.addFreeTopic(actor, meetingId, expectedVersion, topic);
    }

    @Override
    public Meeting removeAgendaItem(Actor actor, String meetingId, long expectedVersion, String agendaItemId) {
        return agendaChanges.removeAgendaItem(actor, meetingId, expectedVersion, agendaItemId);
    }

    @Override
    public Meeting reorderAgenda(Actor actor, String meetingId, long expectedVersion, List<String> agendaItemIds) {
        return agendaChanges.reorderAgenda(actor, meetingId, expectedVersion, agendaItemIds);
    }

    @Override
    public Meeting recordAttendance(Actor actor, String meetingId, long expectedVersion,
            Map<String, Attendance> attendance) {
        return changes.recordAttendance(actor, meetingId, expectedVersion, attendance);
    }

    @Override
    public Meeting markHeld(Actor actor, String meetingId, long expectedVersion) {
        return changes.markHeld(actor, meetingId, expectedVersion);
    }

    @Override
    public Meeting writeCaseNotes(Actor actor, String meetingId, long expectedVersion, CaseNotes notes) {
        return changes.writeCaseNotes(actor, meetingId, expectedVersion, notes);
    }

    @Override
    public Meeting addActionItem(Actor actor, String meetingId, long expectedVersion, NewActionItem item) {
        return changes.addActionItem(actor, meetingId, expectedVersion, item);
    }

    @Override
    public ActionItem markOwnActionItemDone(Actor actor, String actionItemId) {
        return transactions.inTransaction("mark an action item done", tx -> {
            ActionItem item = actionItems.find(tx, actor.organisationId(), actionItemId)
                    .orElseThrow(() -> new NotFoundException("meeting.action-item-not-found", "no such action item"));
            if (!item.ownerId().equals(actor.userId())) {
                throw new ForbiddenException("meeting.not-owner", "only the action item's owner marks it done here");
            }
            if (item.done() || !actionItems.closeByOwner(tx, actor.organisationId(), actionItemId, clock.instant())) {
                throw new InvalidStateException("meeting.action-item-done", "this action item is already done");
            }
            audit.record(tx, actor, AuditAction.UPDATE, MeetingAudit.MEETING, "action-item", actionItemId, "open",
                    "done", "by=owner");
            return actionItems.find(tx, actor.organisationId(), actionItemId).orElseThrow();
        });
    }

    @Override
    public Meeting completeActionItem(Actor actor, String meetingId, long expectedVersion, String actionItemId) {
        return changes.completeActionItem(actor, meetingId, expectedVersion, actionItemId);
    }

    @Override
    public Meeting sign(Actor actor, String meetingId, long expectedVersion) {
        return changes.sign(actor, meetingId, expectedVersion);
    }

    @Override
    public Meeting addAddendum(Actor actor, String meetingId, String text) {
        return changes.addAddendum(actor, meetingId, text);
    }

    @Override
    public MeetingView view(Actor actor, String meetingId) {
        return transactions.inTransaction("read a meeting", tx -> {
            MeetingRow row = guarded.load(tx, actor, meetingId);
            MeetingView view;
            if (actor.userId().equals(row.supervisorId())) {
                view = views.full(tx, row);
            } else {
                view = views.summary(tx, actor, row).orElseThrow(() -> new ForbiddenException("meeting.not-visible",
                        "only the meeting's supervisor, its supervisees and admins may see it"));
            }
            audit.record(tx, actor, AuditAction.READ, MeetingAudit.MEETING, "meeting", row.id(), null, null,
                    view instanceof Meeting ? "full" : "summary");
            return view;
        });
    }

    @Override
    public List<MeetingSummary> list(Actor actor, LocalDate from, LocalDate to) {
        checkPeriod(from, to, clock.getZone());
        ZoneId zone = clock.getZone();
        return transactions.inTransaction("list meetings", tx -> {
            List<MeetingSummary> visible = new ArrayList<>();
            for (MeetingRow row : store.startingBetween(tx, actor.organisationId(), from.atStartOfDay(zone).toInstant(),
                    to.plusDays(1).atStartOfDay(zone).toInstant())) {
                Optional<MeetingSummary> summary = views.summary(tx, actor, row);
                summary.ifPresent(visible::add);
            }
            audit.record(tx, actor, AuditAction.QUERY, MeetingAudit.MEETING, "meeting-list", actor.userId(), null, null,
                    from + ".." + to);
            return visible;
        });
    }

    @Override
    public HoursLog hours(Actor actor, String superviseeId, LocalDate from, LocalDate to, ZoneId zone) {
        return hoursLog(actor, superviseeId, from, to, zone, AuditAction.QUERY);
    }

    @Override
    public String hoursCsv(Actor actor, String superviseeId, LocalDate from, LocalDate to, ZoneId zone) {
        HoursLog log = hoursLog(actor, superviseeId, from, to, zone, AuditAction.PRINT_EXPORT);
        return hoursLogs.csv(log, actor.organisationId());
    }

    private HoursLog hoursLog(Actor actor, String superviseeId, LocalDate from, LocalDate to, ZoneId zone,
            AuditAction action) {
        checkPeriod(from, to, zone);
        if (superviseeId == null || superviseeId.isBlank()) {
            throw ValidationException.of("/superviseeId", "required", "a supervisee id is required");
        }
        rights.requireMayReadHours(actor, superviseeId, from, to, clock.instant().atZone(zone).toLocalDate());
        return transactions.inTransaction("read supervision hours", tx -> {
            HoursLog log = hoursLogs.log(tx, actor.organisationId(), superviseeId, from, to, zone);
            audit.record(tx, actor, action, MeetingAudit.HOURS, "supervisee", superviseeId, null, null,
                    from + ".." + to + (action == AuditAction.PRINT_EXPORT ? " csv" : ""));
            return log;
        });
    }

    private static void checkPeriod(LocalDate from, LocalDate to, ZoneId zone) {
        List<FieldProblem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(new FieldProblem("/from", "required", "the first day is required"));
        }
        if (to == null) {
            problems.add(new FieldProblem("/to", "required", "the last day is required"));
        }
        CalendarDates.problem("/from", from).ifPresent(problems::add);
        CalendarDates.problem("/to", to).ifPresent(problems::add);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldProblem("/to", "before-from", "the last day must not be before the first"));
        }
        if (zone == null) {
            problems.add(new FieldProblem("/zone", "required", "the practice's time zone is required"));
        }
        PlanCheck.throwIfAny(problems);
    }
}
