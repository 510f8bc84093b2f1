package org.casenotes.supervision.core.review;

import static org.casenotes.supervision.api.review.ReviewState.CHANGES_REQUESTED;
import static org.casenotes.supervision.api.review.ReviewState.CO_SIGNED;
import static org.casenotes.supervision.api.review.ReviewState.DRAFT;
import static org.casenotes.supervision.api.review.ReviewState.IN_REVIEW;
import static org.casenotes.supervision.api.review.ReviewState.SUBMITTED;
import static org.casenotes.supervision.api.review.ReviewState.WITHDRAWN;

import java.util.List;
import java.util.Set;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.review.ReviewState;

/**
 * What the workflow allows, written from the product rules rather than from the code: who may
 * do an action to whose note, and in which states it applies. The stateful test compares the
 * service's answers with it.
 */
final class WorkflowModel {

    /** An action of the stateful test. */
    enum Kind {
        SAVE_SECTION, SUBMIT, WITHDRAW, START_REVIEW, COMMENT, REQUEST_CHANGES, CO_SIGN, BATCH_CO_SIGN,
        ADD_ADDENDUM, SUBMIT_ADDENDUM, CO_SIGN_ADDENDUM, REWRITE_HOST_NOTE
    }

    /** Who may act: the note's author, a current reviewer of the author, or either. */
    private enum Who { AUTHOR, REVIEWER, PARTICIPANT, HOST }

    /** The people around a note, resolved against the note's author when a step runs. */
    enum Role {
        THE_NOTES_CLINICIAN, ANOTHER_CLINICIAN, ASSIGNED_SUPERVISOR, BACKUP_IN_PERIOD, BACKUP_OUT_OF_PERIOD,
        UNASSIGNED_SUPERVISOR, ADMIN, OTHER_ORGANISATIONS_SUPERVISOR;

        Actor resolve(String authorId) {
            return switch (this) {
                case THE_NOTES_CLINICIAN -> authorId.equals("clin") ? TestClinic.CLIN : TestClinic.CLIN2;
                case ANOTHER_CLINICIAN -> authorId.equals("clin") ? TestClinic.CLIN2 : TestClinic.CLIN;
                case ASSIGNED_SUPERVISOR -> TestClinic.SUP;
                case BACKUP_IN_PERIOD -> TestClinic.BACKUP_IN;
                case BACKUP_OUT_OF_PERIOD -> TestClinic.BACKUP_OUT;
                case UNASSIGNED_SUPERVISOR -> TestClinic.UNASSIGNED;
                case ADMIN -> TestClinic.ADMIN;
                case OTHER_ORGANISATIONS_SUPERVISOR -> TestClinic.FOREIGN;
            };
        }
    }

    private WorkflowModel() {
    }

    /** Whether the actor holds the right the action needs on a note written by the author. */
    static boolean permitted(Kind kind, Actor actor, String authorId) {
        boolean author = actor.organisationId().equals(TestClinic.ORG) && actor.userId().equals(authorId);
        boolean reviewer = reviewerOf(actor, authorId);
        return switch (who(kind)) {
            case AUTHOR -> author;
            case REVIEWER -> reviewer;
            case PARTICIPANT -> author || reviewer;
            case HOST -> true;
        };
    }

    /** The note states in which the action applies; addendum actions look at the note too. */
    static List<ReviewState> appliesIn(Kind kind) {
        return switch (kind) {
            case SAVE_SECTION, SUBMIT -> List.of(DRAFT, CHANGES_REQUESTED, WITHDRAWN);
            case WITHDRAW, START_REVIEW -> List.of(SUBMITTED);
            case COMMENT -> List.of(SUBMITTED, IN_REVIEW, CHANGES_REQUESTED);
            case REQUEST_CHANGES -> List.of(IN_REVIEW);
            case CO_SIGN, BATCH_CO_SIGN -> List.of(SUBMITTED, IN_REVIEW);
            case ADD_ADDENDUM, SUBMIT_ADDENDUM, CO_SIGN_ADDENDUM -> List.of(CO_SIGNED);
            case REWRITE_HOST_NOTE -> List.of(ReviewState.values());
        };
    }

    /** The note state after a successful action on a note in the given state. */
    static ReviewState after(Kind kind, ReviewState before) {
        return switch (kind) {
            case SUBMIT -> SUBMITTED;
            case WITHDRAW -> WITHDRAWN;
            case START_REVIEW -> IN_REVIEW;
            case REQUEST_CHANGES -> CHANGES_REQUESTED;
            case CO_SIGN, BATCH_CO_SIGN -> CO_SIGNED;
            default -> before;
        };
    }

    /**
     * Assigned today (2026-03-10): {@code sup} for {@code clin} and {@code clin2}; {@code
     * backup-in} for {@code clin} only. Backups out of period, unassigned supervisors, admins,
     * clinicians and other organisations' supervisors review nobody here.
     */
    private static boolean reviewerOf(Actor actor, String authorId) {
        if (!actor.organisationId().equals(TestClinic.ORG)) {
            return false;
        }
        return switch (actor.userId()) {
            case "sup" -> Set.of("clin", "clin2").contains(authorId);
            case "backup-in" -> authorId.equals("clin");
            default -> false;
        };
    }

    private static Who who(Kind kind) {
        return switch (kind) {
            case SAVE_SECTION, SUBMIT, WITHDRAW, ADD_ADDENDUM, SUBMIT_ADDENDUM -> Who.AUTHOR;
            case START_REVIEW, REQUEST_CHANGES, CO_SIGN, BATCH_CO_SIGN, CO_SIGN_ADDENDUM -> Who.REVIEWER;
            case COMMENT -> Who.PARTICIPANT;
            case REWRITE_HOST_NOTE -> Who.HOST;
        };
    }
}
