package org.casenotes.supervision.core.meeting;

import java.sql.SQLException;
import java.util.Set;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.error.ConflictException;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.MeetingStatus;
import org.casenotes.supervision.core.storage.Transactions;
import org.casenotes.supervision.core.storage.Tx;

/**
 * Runs a change to an existing meeting after the checks every change shares, in this order:
 * the meeting exists in the actor's organisation, the actor is its supervisor, its status
 * allows the change, the expected version is current. Then the version is taken (which locks
 * the row), the change checks its input against the meeting and stores itself, and one audit
 * event is written, all in one transaction.
 */
final class GuardedChange {

    /** One change, applied after the checks; returns a short audit detail without client text. */
    @FunctionalInterface
    interface Change {
        String apply(Tx tx, MeetingRow meeting) throws SQLException;
    }

    private final Transactions transactions;
    private final MeetingRights rights;
    private final MeetingStore store;
    private final MeetingViews views;
    private final MeetingAudit audit;

    GuardedChange(Transactions transactions, MeetingRights rights, MeetingStore store, MeetingViews views,
            MeetingAudit audit) {
        this.transactions = transactions;
        this.rights = rights;
        this.store = store;
        this.views = views;
        this.audit = audit;
    }

    MeetingRow load(Tx tx, Actor actor, String meetingId) throws SQLException {
        if (meetingId == null) {
            throw new NotFoundException("meeting.not-found", "no such meeting in the organisation");
        }
        return store.load(tx, actor.organisationId(), meetingId).orElseThrow(
                () -> new NotFoundException("meeting.not-found", "no such meeting in the organisation"));
    }

    Meeting run(Actor actor, String meetingId, long expectedVersion, String what, AuditAction action,
            Set<MeetingStatus> allowed, Change change) {
        if (expectedVersion < 0) {
            throw ValidationException.of("/version", "out-of-range", "the version is 0 or more");
        }
        return transactions.inTransaction(what, tx -> {
            MeetingRow before = load(tx, actor, meetingId);
            rights.requireLeads(actor, before);
            if (!allowed.contains(before.status())) {
                throw before.status() == MeetingStatus.SIGNED
                        ? new InvalidStateException("meeting.signed", "a signed meeting never changes; add an addendum instead")
                        : new InvalidStateException("meeting.wrong-status", "a " + before.status() + " meeting cannot " + what);
            }
            if (before.version() != expectedVersion
                    || !store.bumpVersion(tx, before.organisationId(), before.id(), expectedVersion)) {
                throw new ConflictException("the meeting changed since version " + expectedVersion + "; reload and try again");
            }
            String detail = change.apply(tx, before);
            MeetingRow after = load(tx, actor, meetingId);
            audit.record(tx, actor, action, MeetingAudit.MEETING, "meeting", after.id(), before.status().name(),
                    after.status().name(), detail);
            return views.full(tx, after);
        });
    }
}
