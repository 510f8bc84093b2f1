package org.casenotes.supervision.core.review;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.error.ConflictException;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.policy.ReviewPolicy;
import org.casenotes.supervision.api.review.BatchCoSignResult;
import org.casenotes.supervision.api.review.BatchOutcome;
import org.casenotes.supervision.api.review.NoteVersion;
import org.casenotes.supervision.core.audit.AuditEntry;
import org.casenotes.supervision.core.review.Access.Right;
import org.casenotes.supervision.core.storage.Transactions;
import org.casenotes.supervision.core.storage.Tx;

/**
 * Co-signs many notes in one transaction, each attested individually. Every note is checked
 * first; if any is refused, nothing is co-signed and the refused attempt alone is audited.
 */
final class BatchCoSigner {

    static final int MAX_NOTES = 200;

    /** Carries the outcomes out of a transaction that must roll back. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient List<BatchOutcome> outcomes;

        Refused(List<BatchOutcome> outcomes) {
            super("batch co-sign refused", null, false, false);
            this.outcomes = outcomes;
        }
    }

    private final ReviewContext context;
    private final Transitions transitions;

    BatchCoSigner(ReviewContext context, Transitions transitions) {
        this.context = context;
        this.transitions = transitions;
    }

    BatchCoSignResult coSign(Actor actor, List<NoteVersion> notes) {
        validate(notes);
        try {
            return context.transactions().inTransaction("co-sign a batch of notes", tx -> {
                Instant now = context.now();
                ReviewPolicy policy = context.policies().current(tx, actor.organisationId());
                List<BatchOutcome> outcomes = new ArrayList<>();
                List<ReviewRow> accepted = new ArrayList<>();
                for (NoteVersion note : notes) {
                    outcomes.add(check(tx, actor, note, policy, accepted));
                }
                if (accepted.size() < notes.size()) {
                    throw new Refused(outcomes);
                }
                // Rows in note id order, so two batches over the same notes lock them in the same
                // order; every audit event after every row, so the organisation's audit head is
                // the last lock taken (see Transitions.storeRows): either way, no deadlock with
                // another request.
                List<ReviewRow> inOrder = accepted.stream()
                        .sorted(java.util.Comparator.comparing(ReviewRow::noteId)).toList();
                List<ReviewRow> signed = new ArrayList<>();
                for (ReviewRow current : inOrder) {
                    try {
                        // Each note as a single co-sign writes it, events before the row: one
                        // order for every transaction, or two would wait for each other.
                        ReviewRow next = transitions.coSigned(tx, actor, current, now, policy);
                        transitions.storeRows(tx, actor, current, next, now);
                        signed.add(next);
                    } catch (ConflictException e) {
                        throw refused(outcomes, accepted.indexOf(current), current, e.getMessage());
                    } catch (SQLException e) {
                        // A co-sign of the same note by someone else committed first: its event
                        // took the note's next outbox number. That note's conflict, as above.
                        if (!(Transactions.translate("co-sign a batch of notes", e) instanceof ConflictException lost)) {
                            throw e;
                        }
                        throw refused(outcomes, accepted.indexOf(current), current, lost.getMessage());
                    }
                }
                for (int i = 0; i < inOrder.size(); i++) {
                    transitions.audit(tx, actor, inOrder.get(i), signed.get(i), now);
                }
                return new BatchCoSignResult(true, outcomes);
            });
        } catch (Refused refused) {
            auditRefusal(actor, notes.size(), refused.outcomes);
            refuseWithoutRights(refused.outcomes);
            return new BatchCoSignResult(false, refused.outcomes);
        }
    }

    private static Refused refused(List<BatchOutcome> outcomes, int index, ReviewRow note, String why) {
        outcomes.set(index, new BatchOutcome(note.noteId(), false, "conflict", why));
        return new Refused(outcomes);
    }

    /**
     * A batch in which the actor may co-sign none of the notes is a matter of rights, not a
     * conflict: answered as not found when none of the notes is visible to them (so the batch
     * reveals nothing), otherwise as forbidden.
     */
    private static void refuseWithoutRights(List<BatchOutcome> outcomes) {
        boolean noneVisible = outcomes.stream().allMatch(o -> "not-found".equals(o.reasonCode()));
        boolean noRights = outcomes.stream().allMatch(o -> "not-found".equals(o.reasonCode())
                || "forbidden".equals(o.reasonCode()));
        if (noneVisible) {
            throw new NotFoundException("review.not-found", "none of these notes can be co-signed by you");
        }
        if (noRights) {
            throw new ForbiddenException("review.batch-forbidden", "you may co-sign none of these notes");
        }
    }

    private BatchOutcome check(Tx tx, Actor actor, NoteVersion note, ReviewPolicy policy, List<ReviewRow> accepted)
            throws SQLException {
        String id = note.noteId();
        try {
            ReviewRow current = transitions.checked(tx, actor, id, note.expectedVersion(), Right.CO_SIGNER,
                    Transitions.CO_SIGNABLE, "co-sign");
            transitions.requireCoSignable(current, policy);
            List<String> blocking = current.flagRules().stream().filter(policy.batchBlockingRules()::contains).toList();
            if (!blocking.isEmpty()) {
                return new BatchOutcome(id, false, "flagged",
                        "flagged by " + String.join(", ", blocking) + "; co-sign this note on its own after review");
            }
            accepted.add(current);
            return new BatchOutcome(id, true, null, null);
        } catch (NotFoundException e) {
            return new BatchOutcome(id, false, "not-found", e.getMessage());
        } catch (ForbiddenException e) {
            return new BatchOutcome(id, false, "forbidden", e.getMessage());
        } catch (ConflictException e) {
            return new BatchOutcome(id, false, "conflict", e.getMessage());
        } catch (InvalidStateException e) {
            return new BatchOutcome(id, false, Documentation.NOT_DOCUMENTED.equals(e.code()) ? "undocumented"
                    : "invalid-state", e.getMessage());
        } catch (ValidationException e) {
            return new BatchOutcome(id, false, e.problems().stream().anyMatch(p -> p.path().equals("/sessionDate"))
                    ? "session-date" : "invalid", e.problems().get(0).message());
        }
    }

    private void auditRefusal(Actor actor, int requested, List<BatchOutcome> outcomes) {
        long refused = outcomes.stream().filter(o -> !o.accepted()).count();
        String reasons = outcomes.stream().filter(o -> !o.accepted()).map(BatchOutcome::reasonCode).distinct()
                .sorted().collect(java.util.stream.Collectors.joining(","));
        context.transactions().inTransaction("audit a refused batch co-sign", tx -> {
            context.audit().append(tx, new AuditEntry(context.now(), actor.organisationId(), actor.userId(), null,
                    AuditAction.REFUSED, ReviewContext.CATEGORY, "note-batch", actor.userId(), null, null, null,
                    "attempted=SIGN;reason=" + reasons + ";notes=" + requested + ";refused=" + refused));
            return null;
        });
    }

    private static void validate(List<NoteVersion> notes) {
        if (notes == null || notes.isEmpty()) {
            throw ValidationException.of("/notes", "required", "name at least one note");
        }
        if (notes.size() > MAX_NOTES) {
            throw ValidationException.of("/notes", "too-many", "co-sign at most " + MAX_NOTES + " notes at once");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < notes.size(); i++) {
            NoteVersion note = notes.get(i);
            if (note == null) {
                problems.add(new FieldProblem("/notes/" + i, "required", "name a note"));
            } else if (!seen.add(note.noteId())) {
                problems.add(new FieldProblem("/notes/" + i + "/noteId", "duplicate", "name each note once"));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
