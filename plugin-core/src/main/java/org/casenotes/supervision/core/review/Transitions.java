package org.casenotes.supervision.core.review;

import static org.casenotes.supervision.api.review.ReviewState.CHANGES_REQUESTED;
import static org.casenotes.supervision.api.review.ReviewState.CO_SIGNED;
import static org.casenotes.supervision.api.review.ReviewState.DRAFT;
import static org.casenotes.supervision.api.review.ReviewState.IN_REVIEW;
import static org.casenotes.supervision.api.review.ReviewState.SUBMITTED;
import static org.casenotes.supervision.api.review.ReviewState.WITHDRAWN;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.billing.BillingReadiness;
import org.casenotes.supervision.api.billing.NoteBillable;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.policy.ReviewPolicy;
import org.casenotes.supervision.api.review.Comment;
import org.casenotes.supervision.api.review.NewComment;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewEvent;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.core.review.Access.Right;
import org.casenotes.supervision.core.billing.BillingRules;
import org.casenotes.supervision.core.signature.SignatureLedger;
import org.casenotes.supervision.core.sampling.CoSignNeed;
import org.casenotes.supervision.core.storage.Tx;

/** The note-level transitions: each finds, checks right, version and state, then stores. */
final class Transitions {

    static final List<ReviewState> SUBMITTABLE = List.of(DRAFT, CHANGES_REQUESTED, WITHDRAWN);
    static final List<ReviewState> CO_SIGNABLE = List.of(SUBMITTED, IN_REVIEW);
    static final List<ReviewState> COMMENTABLE = List.of(SUBMITTED, IN_REVIEW, CHANGES_REQUESTED);

    /** The change an action makes once every check passed. */
    @FunctionalInterface
    private interface Change {
        ReviewRow apply(Tx tx, ReviewRow current, Instant now) throws SQLException;
    }

    private final ReviewContext context;
    private final Access access;
    private final Submission submission;

    Transitions(ReviewContext context, Access access) {
        this.context = context;
        this.access = access;
        this.submission = new Submission(context);
    }

    Review submit(Actor actor, String noteId, long expectedVersion) {
        return context.transactions().inTransaction("submit a note", tx -> {
            Instant now = context.now();
            ReviewRow current = checked(tx, actor, noteId, expectedVersion, Right.CLINICIAN, SUBMITTABLE, "submit");
            Submission.Submitted submitted = submission.submit(tx, actor, current, now);
            store(tx, actor, current, submitted.row(), now);
            submission.confirm(tx, submitted);
            return submitted.row().toReview();
        });
    }

    Review withdraw(Actor actor, String noteId, long expectedVersion) {
        return run("withdraw", actor, noteId, expectedVersion, Right.CLINICIAN, List.of(SUBMITTED),
                (tx, current, now) -> current.moved(WITHDRAWN));
    }

    Review startReview(Actor actor, String noteId, long expectedVersion) {
        return run("start review of", actor, noteId, expectedVersion, Right.REVIEWER, List.of(SUBMITTED),
                (tx, current, now) -> current.moved(IN_REVIEW));
    }

    Review requestChanges(Actor actor, String noteId, long expectedVersion, String reason) {
        NewComment why = reason(reason);
        return run("request changes to", actor, noteId, expectedVersion, Right.REVIEWER, List.of(IN_REVIEW),
                (tx, current, now) -> {
                    ReviewRow next = current.moved(CHANGES_REQUESTED);
                    ThreadStore.insertComment(tx, next.organisationId(), next.noteId(), next.version(),
                            new Comment(UUID.randomUUID().toString(), null, -1, actor.userId(), now, why.text(), true));
                    context.publish(tx, new ReviewEvent.ChangesRequested(next.organisationId(), next.noteId(),
                            next.clinicianId(), now, actor.userId()));
                    return next;
                });
    }

    Review coSign(Actor actor, String noteId, long expectedVersion) {
        return run("co-sign", actor, noteId, expectedVersion, Right.CO_SIGNER, CO_SIGNABLE,
                (tx, current, now) -> coSigned(tx, actor, current, now,
                        context.policies().current(tx, current.organisationId())));
    }

    /**
     * Co-signs a checked note in the caller's transaction; batch co-sign uses it per note.
     * Refuses an undocumented note and a session date out of the policy's range.
     */
    ReviewRow coSigned(Tx tx, Actor actor, ReviewRow current, Instant now, ReviewPolicy policy) throws SQLException {
        requireCoSignable(current, policy);
        ReviewRow next = current.coSigned(actor.userId(), now, policy.attestationText(), policy.version());
        context.publish(tx, new ReviewEvent.CoSigned(next.organisationId(), next.noteId(), next.clinicianId(), now,
                actor.userId(), null));
        // After CoSigned, so a host sees the co-sign before the note becomes billable. The
        // co-sign satisfies any requirement for one, so whether the note waited for it decides
        // only the readiness's requirement field: its review's due date says so.
        BillingReadiness billing = BillingRules.decide(context.host(), context.policies().billing(tx,
                current.organisationId()), current.organisationId(), current.noteId(), current.clinicianId(),
                actor.userId(), CoSignNeed.required(current.dueDate()), context.today());
        if (billing.billable()) {
            context.publish(tx, new NoteBillable(next.organisationId(), next.noteId(), next.clinicianId(), now,
                    actor.userId(), billing.payerGroup(), billing.presence()));
        }
        return next;
    }

    /** Checks what a co-sign needs of the note itself; see {@link Documentation}. */
    void requireCoSignable(ReviewRow current, ReviewPolicy policy) {
        Documentation.requireCoSignable(current, submission.hostNote(current).sessionDate(), context.today(), policy);
    }

    Review comment(Actor actor, String noteId, long expectedVersion, NewComment comment) {
        if (comment == null) {
            throw ValidationException.of("", "required", "give the comment");
        }
        return context.transactions().inTransaction("comment on a review", tx -> {
            Instant now = context.now();
            ReviewRow current = checked(tx, actor, noteId, expectedVersion, Right.PARTICIPANT, COMMENTABLE, "comment on");
            int entryIndex = comment.entryIndex();
            if (comment.parentId() != null) {
                Comment parent = ThreadStore.comment(tx, current.organisationId(), noteId, comment.parentId())
                        .orElseThrow(() -> ValidationException.of("/parentId", "not-found", "answer a comment of this note"));
                entryIndex = parent.entryIndex();
            }
            ReviewRow next = current.moved(current.state());
            Comment stored = new Comment(UUID.randomUUID().toString(), comment.parentId(), entryIndex,
                    actor.userId(), now, comment.text(), false);
            // The comment before the review row, as a return for changes writes its reason: one
            // order for every transaction, or two racing on one note would wait for each other.
            ThreadStore.insertComment(tx, next.organisationId(), noteId, next.version(), stored);
            ReviewStore.save(tx, current, next);
            context.audit(tx, now, actor.userId(), next, AuditAction.CREATE, "comment", stored.commentId(),
                    null, null, null, entryIndex < 0 ? "on=note" : "on=entry:" + entryIndex);
            return next.toReview();
        });
    }

    Review requireEditable(Actor actor, String noteId) {
        return context.transactions().inTransaction("check a note is editable", tx -> {
            ReviewRow current = access.load(tx, actor, noteId);
            access.check(actor, current, Right.CLINICIAN);
            Access.checkState(current.state(), SUBMITTABLE, "edit");
            return current.toReview();
        });
    }

    private Review run(String what, Actor actor, String noteId, long expectedVersion, Right right,
            List<ReviewState> allowed, Change change) {
        return context.transactions().inTransaction(what + " a note", tx -> {
            Instant now = context.now();
            ReviewRow current = checked(tx, actor, noteId, expectedVersion, right, allowed, what);
            ReviewRow next = change.apply(tx, current, now);
            store(tx, actor, current, next, now);
            return next.toReview();
        });
    }

    /** Loads the review and checks, in this order, existence, right, version and state. */
    ReviewRow checked(Tx tx, Actor actor, String noteId, long expectedVersion, Right right,
            List<ReviewState> allowed, String what) throws SQLException {
        ReviewRow current = access.load(tx, actor, noteId);
        access.check(actor, current, right);
        Access.checkVersion(current.version(), expectedVersion);
        Access.checkState(current.state(), allowed, what);
        return current;
    }

    /** Stores a transition with its history entry and its one audit event. */
    void store(Tx tx, Actor actor, ReviewRow current, ReviewRow next, Instant now) throws SQLException {
        storeRows(tx, actor, current, next, now);
        audit(tx, actor, current, next, now);
    }

    /**
     * Stores a transition's rows (the review, a co-sign's signature, the history entry) without
     * its audit event. A transaction that stores several must append their events after all of
     * them: appending locks the organisation's audit head until commit, and a row locked after
     * it could be held by an action of another request waiting for that head (a deadlock).
     */
    void storeRows(Tx tx, Actor actor, ReviewRow current, ReviewRow next, Instant now) throws SQLException {
        ReviewRow stored = next.withHistoryEntry();
        ReviewStore.save(tx, current, stored);
        // After the version-checked save, so of two racing co-signs only the winner is recorded.
        if (next.state() == CO_SIGNED && current.state() != CO_SIGNED) {
            context.signatures().record(tx, next.organisationId(), SignatureLedger.CO_SIGN, next.noteId(),
                    next.noteId(), actor.userId(), now, next.attestation(), current.dueDate());
        }
        ThreadStore.appendTransition(tx, next.organisationId(), next.noteId(), stored.historySeq(), current.state(),
                next.state(), actor.userId(), now, null);
    }

    /** Appends a stored transition's one audit event; see {@link #storeRows}. */
    void audit(Tx tx, Actor actor, ReviewRow current, ReviewRow next, Instant now) throws SQLException {
        AuditAction action = next.state() == CO_SIGNED ? AuditAction.SIGN
                : current.stored() ? AuditAction.UPDATE : AuditAction.CREATE;
        context.auditNote(tx, now, actor.userId(), current, next, action, null);
    }

    private static NewComment reason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw ValidationException.of("/reason", "required", "say why the note is returned");
        }
        if (NewComment.hasControlCharacters(reason)) {
            throw ValidationException.of("/reason", "invalid-character",
                    "control characters other than tabs and line breaks are not allowed");
        }
        if (reason.length() > NewComment.MAX_LENGTH) {
            throw ValidationException.of("/reason", "too-long", "a reason has at most " + NewComment.MAX_LENGTH + " characters");
        }
        return NewComment.onNote(reason);
    }
}
