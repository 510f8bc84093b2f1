package org.casenotes.supervision.core.review;

import java.time.Instant;
import java.util.List;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewHistory;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.core.review.Access.Right;

/** Reads of one note's review, each audited as a read of review data. */
final class Reading {

    private final ReviewContext context;
    private final Access access;
    private final Submission submission;

    Reading(ReviewContext context, Access access) {
        this.context = context;
        this.access = access;
        this.submission = new Submission(context);
    }

    Review review(Actor actor, String noteId) {
        return context.transactions().inTransaction("read a review", tx -> {
            ReviewRow row = access.load(tx, actor, noteId);
            access.check(actor, row, Right.READER);
            context.audit(tx, context.now(), actor.userId(), row, AuditAction.READ, "note", noteId, null, null,
                    row.snapshotHash(), "review");
            return row.toReview();
        });
    }

    ReviewHistory history(Actor actor, String noteId) {
        return context.transactions().inTransaction("read a review history", tx -> {
            ReviewRow row = access.load(tx, actor, noteId);
            access.check(actor, row, Right.READER);
            String org = row.organisationId();
            ReviewHistory history = new ReviewHistory(row.toReview(), ThreadStore.transitions(tx, org, noteId),
                    ThreadStore.comments(tx, org, noteId), AddendumStore.all(tx, org, noteId));
            context.audit(tx, context.now(), actor.userId(), row, AuditAction.READ, "note", noteId, null, null,
                    row.snapshotHash(), "history");
            return history;
        });
    }

    boolean changedAfterCoSign(Actor actor, String noteId) {
        return context.transactions().inTransaction("check a co-signed note for changes", tx -> {
            Instant now = context.now();
            ReviewRow row = access.load(tx, actor, noteId);
            access.check(actor, row, Right.READER);
            Access.checkState(row.state(), List.of(ReviewState.CO_SIGNED), "check for changes after co-sign");
            String current = submission.currentHash(tx, row);
            boolean changed = !current.equals(row.snapshotHash());
            context.audit(tx, now, actor.userId(), row, AuditAction.READ, "note", noteId, null, null, current,
                    "changed-after-co-sign=" + changed);
            return changed;
        });
    }
}
