package org.casenotes.supervision.core.review;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.error.ConflictException;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.core.storage.Tx;

/**
 * Finds a note's review within the actor's organisation and decides the actor's rights from
 * the host's directory. The order of checks is fixed: found, right, version, state.
 */
final class Access {

    /** What an action requires of the actor. */
    enum Right {
        /** The note's clinician. */
        CLINICIAN,
        /** A current reviewer: assigned (primary or backup, holding today), not the author. */
        REVIEWER,
        /** A reviewer who holds no ADMIN role. */
        CO_SIGNER,
        /** The clinician or a reviewer. */
        PARTICIPANT,
        /** The clinician, a reviewer or an admin. */
        READER
    }

    private static final int MAX_ID_LENGTH = 64;

    private final ReviewContext context;

    Access(ReviewContext context) {
        this.context = context;
    }

    static void requireNoteId(String noteId) {
        if (noteId == null || noteId.isBlank()) {
            throw ValidationException.of("/noteId", "required", "name the note");
        }
        if (noteId.length() > MAX_ID_LENGTH) {
            throw ValidationException.of("/noteId", "too-long", "a note id has at most " + MAX_ID_LENGTH + " characters");
        }
    }

    /** The review of a note in the actor's organisation; a never-submitted note is a draft. */
    ReviewRow load(Tx tx, Actor actor, String noteId) throws SQLException {
        requireNoteId(noteId);
        String org = actor.organisationId();
        Optional<ReviewRow> stored = ReviewStore.find(tx, org, noteId);
        if (stored.isPresent()) {
            return stored.get();
        }
        return context.host().notes().note(org, noteId)
                .filter(note -> note.organisationId().equals(org))
                .map(ReviewRow::draft)
                .orElseThrow(Access::notFound);
    }

    void check(Actor actor, ReviewRow row, Right right) {
        if (!holds(actor, row, right)) {
            throw new ForbiddenException("review.forbidden", "your role on this note does not allow this step of its review");
        }
    }

    boolean holds(Actor actor, ReviewRow row, Right right) {
        return switch (right) {
            case CLINICIAN -> isAuthor(actor, row);
            case REVIEWER -> isReviewer(actor, row);
            case CO_SIGNER -> isReviewer(actor, row) && !actor.has(Role.ADMIN);
            case PARTICIPANT -> isAuthor(actor, row) || isReviewer(actor, row);
            case READER -> isAuthor(actor, row) || isReviewer(actor, row) || actor.has(Role.ADMIN);
        };
    }

    static void checkVersion(long actual, long expected) {
        if (actual != expected) {
            throw new ConflictException("the review is at version " + actual + ", not " + expected + "; reload it and try again");
        }
    }

    static void checkState(ReviewState actual, List<ReviewState> allowed, String action) {
        if (!allowed.contains(actual)) {
            throw new InvalidStateException("review.invalid-state",
                    "cannot " + action + " a review that is " + actual + "; allowed in " + allowed);
        }
    }

    static NotFoundException notFound() {
        return new NotFoundException("note.not-found", "no such note in your practice");
    }

    private static boolean isAuthor(Actor actor, ReviewRow row) {
        return actor.userId().equals(row.clinicianId());
    }

    private boolean isReviewer(Actor actor, ReviewRow row) {
        if (isAuthor(actor, row) || !actor.has(Role.SUPERVISOR)) {
            return false;
        }
        LocalDate today = context.today();
        return context.host().directory().assignmentsOf(actor.organisationId(), row.clinicianId()).stream()
                .anyMatch(a -> a.organisationId().equals(actor.organisationId())
                        && a.supervisorId().equals(actor.userId())
                        && a.clinicianId().equals(row.clinicianId())
                        && a.holdsOn(today));
    }
}
