package org.casenotes.supervision.core.review;

import static org.casenotes.supervision.api.review.ReviewState.CO_SIGNED;
import static org.casenotes.supervision.api.review.ReviewState.DRAFT;
import static org.casenotes.supervision.api.review.ReviewState.SUBMITTED;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.policy.ReviewPolicy;
import org.casenotes.supervision.api.review.Addendum;
import org.casenotes.supervision.api.review.CoSign;
import org.casenotes.supervision.api.review.NewComment;
import org.casenotes.supervision.api.review.ReviewEvent;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.core.review.Access.Right;
import org.casenotes.supervision.core.signature.SignatureLedger;
import org.casenotes.supervision.core.storage.Tx;

/**
 * Addenda to co-signed notes. The note's own row is only read, never written: an addendum
 * lives in its own table under its own version and cycle.
 */
final class Addenda {

    /** What an addendum transition does once every check passed. */
    @FunctionalInterface
    private interface Change {
        Addendum apply(Tx tx, ReviewRow note, Addendum current, Instant now) throws SQLException;
    }

    private final ReviewContext context;
    private final Access access;

    Addenda(ReviewContext context, Access access) {
        this.context = context;
        this.access = access;
    }

    Addendum add(Actor actor, String noteId, String text) {
        validate(text);
        return context.transactions().inTransaction("add an addendum", tx -> {
            Instant now = context.now();
            ReviewRow note = access.load(tx, actor, noteId);
            access.check(actor, note, Right.CLINICIAN);
            Access.checkState(note.state(), List.of(CO_SIGNED), "add an addendum to");
            Addendum addendum = new Addendum(UUID.randomUUID().toString(), noteId, actor.userId(), text, DRAFT, 1,
                    now, null, null);
            AddendumStore.insert(tx, note.organisationId(), addendum);
            context.audit(tx, now, actor.userId(), note, AuditAction.CREATE, "addendum", addendum.addendumId(),
                    null, DRAFT.name(), null, "note=" + noteId);
            return addendum;
        });
    }

    Addendum submit(Actor actor, String noteId, String addendumId, long expectedVersion) {
        return run("submit an addendum", actor, noteId, addendumId, expectedVersion, Right.CLINICIAN, DRAFT,
                (tx, note, current, now) -> new Addendum(current.addendumId(), noteId, current.authorId(),
                        current.text(), SUBMITTED, current.version() + 1, current.createdAt(),
                        ContentHash.ofAddendum(current.text()), null));
    }

    Addendum coSign(Actor actor, String noteId, String addendumId, long expectedVersion) {
        return run("co-sign an addendum", actor, noteId, addendumId, expectedVersion, Right.CO_SIGNER, SUBMITTED,
                (tx, note, current, now) -> {
                    ReviewPolicy policy = context.policies().current(tx, note.organisationId());
                    context.publish(tx, new ReviewEvent.CoSigned(note.organisationId(), noteId, note.clinicianId(),
                            now, actor.userId(), addendumId));
                    return new Addendum(current.addendumId(), noteId, current.authorId(), current.text(), CO_SIGNED,
                            current.version() + 1, current.createdAt(), current.contentHash(),
                            new CoSign(actor.userId(), now, policy.attestationText(), current.contentHash()));
                });
    }

    private Addendum run(String what, Actor actor, String noteId, String addendumId, long expectedVersion,
            Right right, ReviewState from, Change change) {
        return context.transactions().inTransaction(what, tx -> {
            Instant now = context.now();
            ReviewRow note = access.load(tx, actor, noteId);
            access.check(actor, note, right);
            Addendum current = AddendumStore.find(tx, note.organisationId(), noteId, addendumId == null ? "" : addendumId)
                    .orElseThrow(() -> new NotFoundException("addendum.not-found", "no such addendum of this note"));
            Access.checkVersion(current.version(), expectedVersion);
            Access.checkState(current.state(), List.of(from), what.replace(" an addendum", ""));
            Addendum next = change.apply(tx, note, current, now);
            AddendumStore.save(tx, note.organisationId(), current, next);
            // After the version-checked save, so of two racing co-signs only the winner is recorded.
            if (next.state() == CO_SIGNED && current.state() != CO_SIGNED) {
                context.signatures().record(tx, note.organisationId(), SignatureLedger.ADDENDUM_CO_SIGN,
                        next.addendumId(), noteId, actor.userId(), now, next.coSign().attestationText(), null);
            }
            ThreadStore.appendTransition(tx, note.organisationId(), noteId, ReviewStore.numberHistoryEntry(tx, note),
                    current.state(), next.state(), actor.userId(), now, addendumId);
            context.audit(tx, now, actor.userId(), note, next.state() == CO_SIGNED ? AuditAction.SIGN : AuditAction.UPDATE,
                    "addendum", addendumId, current.state().name(), next.state().name(), next.contentHash(),
                    "note=" + noteId);
            return next;
        });
    }

    private static void validate(String text) {
        if (text == null || text.isBlank()) {
            throw ValidationException.of("/text", "required", "write the addendum");
        }
        if (text.length() > NewComment.MAX_LENGTH) {
            throw ValidationException.of("/text", "too-long", "an addendum has at most " + NewComment.MAX_LENGTH + " characters");
        }
        org.casenotes.supervision.api.input.FreeText.problem("/text", text).ifPresent(p -> {
            throw new ValidationException(java.util.List.of(p));
        });
    }
}
