package org.casenotes.supervision.api.review;

import java.time.Instant;
import java.util.List;
import org.casenotes.supervision.api.Actor;

/**
 * The review workflow of progress notes: submit, review, return, co-sign, addenda, queues.
 *
 * <p><b>Who may do what</b>, decided from the host's {@link
 * org.casenotes.supervision.api.SupervisionDirectory} on the host clock's current day:
 * <ul>
 *   <li>the note's clinician edits, submits, withdraws and writes and submits addenda;</li>
 *   <li>a <em>reviewer</em> (a supervisor with a PRIMARY or BACKUP assignment for the note's
 *       clinician that holds today) starts review, comments, requests changes and co-signs;</li>
 *   <li>nobody reviews or co-signs their own note, whatever roles they hold, and a holder of
 *       the ADMIN role never co-signs (separation of duties);</li>
 *   <li>the clinician and reviewers read a note's review and history, and so do admins;</li>
 *   <li>the clinician may also comment, to answer a reviewer's thread.</li>
 * </ul>
 * Supervisors are (re)assigned in the host's directory, which the admin edits there: the
 * plugin reads assignments on every call and stores none, so a reassignment takes effect on
 * the next call.
 *
 * <p><b>Order of checks</b>: a note unknown in the actor's organisation is {@link
 * org.casenotes.supervision.api.error.NotFoundException} (an id of another organisation is
 * never revealed); then the right ({@link org.casenotes.supervision.api.error.ForbiddenException});
 * then the expected version ({@link org.casenotes.supervision.api.error.ConflictException} when
 * someone changed the review since); then the state ({@link
 * org.casenotes.supervision.api.error.InvalidStateException}); then the change is stored
 * under optimistic versioning, so of two conflicting actions exactly one wins.
 *
 * <p>Every action, read and query writes an audit event in its own transaction; events go to
 * the host's listener only after that transaction committed. Implementations are thread-safe.
 */
public interface Reviews {

    /**
     * The review of a note as it stands; a note never submitted is DRAFT with version 0.
     *
     * @param actor who asks
     * @param noteId the host's note id
     * @return the review
     * @throws org.casenotes.supervision.api.error.NotFoundException when the note is unknown
     * @throws org.casenotes.supervision.api.error.ForbiddenException when the actor may not read it
     */
    Review review(Actor actor, String noteId);

    /**
     * A note's full review history: transitions, comment threads and addenda.
     *
     * @param actor who asks
     * @param noteId the host's note id
     * @return the history
     * @throws org.casenotes.supervision.api.error.NotFoundException when the note is unknown
     * @throws org.casenotes.supervision.api.error.ForbiddenException when the actor may not read it
     */
    ReviewHistory history(Actor actor, String noteId);

    /**
     * Checks that the actor may change the note's content now (the section editor asks before
     * saving): only its clinician, only in DRAFT, CHANGES_REQUESTED or WITHDRAWN.
     *
     * @param actor who wants to edit
     * @param noteId the host's note id
     * @return the review as it stands
     * @throws org.casenotes.supervision.api.error.ForbiddenException when not the note's clinician
     * @throws org.casenotes.supervision.api.error.InvalidStateException when the note is locked
     */
    Review requireEditable(Actor actor, String noteId);

    /**
     * Submits a note for review: snapshots the host's note text and the self-disclosure
     * section with a content hash, records the flags, and sets the co-sign due date from the
     * policy. Allowed from DRAFT, CHANGES_REQUESTED and WITHDRAWN.
     *
     * @param actor the note's clinician
     * @param noteId the host's note id
     * @param expectedVersion the version the clinician saw (0 for a first submission)
     * @return the submitted review
     */
    Review submit(Actor actor, String noteId, long expectedVersion);

    /**
     * Takes a submitted note back before review started.
     *
     * @param actor the note's clinician
     * @param noteId the host's note id
     * @param expectedVersion the version the clinician saw
     * @return the withdrawn review
     */
    Review withdraw(Actor actor, String noteId, long expectedVersion);

    /**
     * A reviewer starts reviewing a submitted note.
     *
     * @param actor a reviewer of the note
     * @param noteId the host's note id
     * @param expectedVersion the version the reviewer saw
     * @return the review, IN_REVIEW
     */
    Review startReview(Actor actor, String noteId, long expectedVersion);

    /**
     * Adds a comment to the note's review thread; allowed while the note is SUBMITTED,
     * IN_REVIEW or CHANGES_REQUESTED.
     *
     * @param actor a reviewer of the note, or its clinician
     * @param noteId the host's note id
     * @param expectedVersion the version the actor saw
     * @param comment what to add; a reply must name a comment of the same note
     * @return the review with its new version
     * @throws org.casenotes.supervision.api.error.ValidationException when the parent is unknown
     */
    Review comment(Actor actor, String noteId, long expectedVersion, NewComment comment);

    /**
     * Returns a note in review to its clinician; the reason is kept as a note-level comment.
     *
     * @param actor a reviewer of the note
     * @param noteId the host's note id
     * @param expectedVersion the version the reviewer saw
     * @param reason why; required, at most {@value NewComment#MAX_LENGTH} characters
     * @return the review, CHANGES_REQUESTED
     * @throws org.casenotes.supervision.api.error.ValidationException when the reason is missing
     */
    Review requestChanges(Actor actor, String noteId, long expectedVersion, String reason);

    /**
     * Co-signs a SUBMITTED or IN_REVIEW note with the policy's attestation text and the hash
     * of the submitted snapshot.
     *
     * @param actor a reviewer of the note who is not its author and holds no ADMIN role
     * @param noteId the host's note id
     * @param expectedVersion the version the reviewer saw
     * @return the review, CO_SIGNED
     */
    Review coSign(Actor actor, String noteId, long expectedVersion);

    /**
     * Co-signs many notes in one transaction, each attested individually. A note whose flags
     * include a rule the policy lists as batch-blocking is refused and needs individual review.
     * All or nothing: if any note is refused for any reason, none is co-signed and the result
     * gives every note's outcome.
     *
     * @param actor the co-signing supervisor
     * @param notes the notes with the versions the supervisor saw; 1 to 200, no duplicates
     * @return each note's outcome and whether the batch was stored
     * @throws org.casenotes.supervision.api.error.ValidationException when the list is empty,
     *     too long or names a note twice
     * @throws org.casenotes.supervision.api.error.NotFoundException when the actor can see none
     *     of the notes (the refused attempt is audited first)
     * @throws org.casenotes.supervision.api.error.ForbiddenException when the actor may co-sign
     *     none of the notes (the refused attempt is audited first)
     */
    BatchCoSignResult batchCoSign(Actor actor, List<NoteVersion> notes);

    /**
     * Writes an addendum (DRAFT) to a co-signed note; the note itself stays untouched.
     *
     * @param actor the note's clinician
     * @param noteId the co-signed note
     * @param text the addendum; required, at most {@value NewComment#MAX_LENGTH} characters
     * @return the addendum
     */
    Addendum addAddendum(Actor actor, String noteId, String text);

    /**
     * Submits a draft addendum for co-sign, hashing its text.
     *
     * @param actor the note's clinician
     * @param noteId the note
     * @param addendumId the addendum
     * @param expectedVersion the addendum version the clinician saw
     * @return the addendum, SUBMITTED
     */
    Addendum submitAddendum(Actor actor, String noteId, String addendumId, long expectedVersion);

    /**
     * Co-signs a submitted addendum, under the same rules as co-signing a note.
     *
     * @param actor a reviewer of the note who is not its author and holds no ADMIN role
     * @param noteId the note
     * @param addendumId the addendum
     * @param expectedVersion the addendum version the reviewer saw
     * @return the addendum, CO_SIGNED
     */
    Addendum coSignAddendum(Actor actor, String noteId, String addendumId, long expectedVersion);

    /**
     * Tells whether the host's note text (or the stored section) changed after the note was
     * co-signed, by hashing the current content as at submission and comparing.
     *
     * @param actor who asks; anyone who may read the review
     * @param noteId the co-signed note
     * @return {@code true} when the content no longer matches the co-signed hash
     * @throws org.casenotes.supervision.api.error.InvalidStateException when not co-signed
     */
    boolean changedAfterCoSign(Actor actor, String noteId);

    /**
     * A page of the actor's review queue: notes of the clinicians the actor currently
     * supervises, sorted by due date, then note id.
     *
     * @param actor the supervisor
     * @param query filters and paging
     * @return one page
     * @throws org.casenotes.supervision.api.error.ForbiddenException when the filtered
     *     supervisee is not currently supervised by the actor
     */
    Page<Review> queue(Actor actor, QueueQuery query);

    /**
     * A page of the actor's own notes that were returned with changes requested, by due date.
     *
     * @param actor the clinician
     * @param pageSize notes per page, 1 to {@value QueueQuery#MAX_PAGE_SIZE}
     * @param after the previous page's cursor, or {@code null}
     * @return one page
     */
    Page<Review> returnedNotes(Actor actor, int pageSize, String after);

    /**
     * A page of the actor's queue whose co-sign is overdue today.
     *
     * @param actor the supervisor
     * @param pageSize notes per page, 1 to {@value QueueQuery#MAX_PAGE_SIZE}
     * @param after the previous page's cursor, or {@code null}
     * @return one page
     */
    Page<Review> overdue(Actor actor, int pageSize, String after);

    /**
     * Finds the organisation's notes that went overdue, or are due for escalation, by a time,
     * and sends {@link ReviewEvent.Overdue} and {@link ReviewEvent.Escalated} once per note
     * and submission. Hosts call it on a schedule; running it twice, or on two hosts at once,
     * raises nothing twice. A note escalates when it is still not co-signed after twice the
     * policy's due days.
     *
     * @param organisationId the organisation to check
     * @param now the time to check at; its day is taken in the host clock's zone
     * @return what was newly raised
     */
    OverdueCheck checkOverdue(String organisationId, Instant now);
}
