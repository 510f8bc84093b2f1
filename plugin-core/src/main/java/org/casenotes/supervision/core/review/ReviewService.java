package org.casenotes.supervision.core.review;

import java.time.Instant;
import java.util.List;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.review.Addendum;
import org.casenotes.supervision.api.review.BatchCoSignResult;
import org.casenotes.supervision.api.review.NewComment;
import org.casenotes.supervision.api.review.NoteVersion;
import org.casenotes.supervision.api.review.OverdueCheck;
import org.casenotes.supervision.api.review.Page;
import org.casenotes.supervision.api.review.QueueQuery;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewHistory;
import org.casenotes.supervision.api.review.Reviews;
import org.casenotes.supervision.core.audit.AuditTrail;
import org.casenotes.supervision.core.disclosure.SectionSnapshots;
import org.casenotes.supervision.core.policy.ReviewPolicies;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.core.audit.Refusals;
import org.casenotes.supervision.core.event.EventOutbox;
import org.casenotes.supervision.core.storage.Transactions;

/**
 * The review workflow over the plugin's tables. Stateless apart from its collaborators and
 * thread-safe: all state lives in the database, guarded by optimistic versions.
 */
public final class ReviewService implements Reviews {

    private final Transitions transitions;
    private final BatchCoSigner batch;
    private final Addenda addenda;
    private final Reading reading;
    private final Queue queue;
    private final OverdueChecker overdue;
    private final Refusals refusals;

    /**
     * Creates the service.
     *
     * @param host the host context: clock, directory, note look-up, event listener
     * @param transactions the transaction runner over the host's data source
     * @param audit where every action's audit event is appended, in the action's transaction
     * @param sections the self-disclosure sections snapshotted on submit
     * @param policies the organisations' review policies
     */
    public ReviewService(HostContext host, Transactions transactions, AuditTrail audit, SectionSnapshots sections,
            ReviewPolicies policies) {
        this(host, transactions, audit, sections, policies, new EventOutbox(transactions, host.events()));
    }

    /**
     * Creates the service with the module's event outbox.
     *
     * @param host the host context: clock, directory, note look-up
     * @param transactions the transaction runner over the host's data source
     * @param audit where every action's audit event is appended, in the action's transaction
     * @param sections the self-disclosure sections snapshotted on submit
     * @param policies the organisations' review policies
     * @param outbox where domain events are stored with their action and delivered from
     */
    public ReviewService(HostContext host, Transactions transactions, AuditTrail audit, SectionSnapshots sections,
            ReviewPolicies policies, EventOutbox outbox) {
        ReviewContext context = new ReviewContext(host, transactions, audit, sections, policies, outbox);
        this.refusals = new Refusals(transactions, audit, host.clock());
        Access access = new Access(context);
        this.transitions = new Transitions(context, access);
        this.batch = new BatchCoSigner(context, transitions);
        this.addenda = new Addenda(context, access);
        this.reading = new Reading(context, access);
        this.queue = new Queue(context);
        this.overdue = new OverdueChecker(context);
    }

    @Override
    public Review review(Actor actor, String noteId) {
        required(actor, "/actor");
        return refusals.guard(actor, AuditAction.READ, ReviewContext.CATEGORY, "note", noteId,
                () -> reading.review(actor, noteId));
    }

    @Override
    public ReviewHistory history(Actor actor, String noteId) {
        required(actor, "/actor");
        return refusals.guard(actor, AuditAction.READ, ReviewContext.CATEGORY, "note", noteId,
                () -> reading.history(actor, noteId));
    }

    @Override
    public Review requireEditable(Actor actor, String noteId) {
        required(actor, "/actor");
        return refusals.guard(actor, AuditAction.UPDATE, ReviewContext.CATEGORY, "note", noteId,
                () -> transitions.requireEditable(actor, noteId));
    }

    @Override
    public Review submit(Actor actor, String noteId, long expectedVersion) {
        required(actor, "/actor");
        return refusals.guard(actor, AuditAction.UPDATE, ReviewContext.CATEGORY, "note", noteId,
                () -> transitions.submit(actor, noteId, expectedVersion));
    }

    @Override
    public Review withdraw(Actor actor, String noteId, long expectedVersion) {
        required(actor, "/actor");
        return refusals.guard(actor, AuditAction.UPDATE, ReviewContext.CATEGORY, "note", noteId,
                () -> transitions.withdraw(actor, noteId, expectedVersion));
    }

    @Override
    public Review startReview(Actor actor, String noteId, long expectedVersion) {
        required(actor, "/actor");
        return refusals.guard(actor, AuditAction.UPDATE, ReviewContext.CATEGORY, "note", noteId,
                () -> transitions.startReview(actor, noteId, expectedVersion));
    }

    @Override
    public Review comment(Actor actor, String noteId, long expectedVersion, NewComment comment) {
        required(actor, "/actor");
        return refusals.guard(actor, AuditAction.UPDATE, ReviewContext.CATEGORY, "note", noteId,
                () -> transitions.comment(actor, noteId, expectedVersion, comment));
    }

    @Override
    public Review requestChanges(Actor actor, String noteId, long expectedVersion, String reason) {
        required(actor, "/actor");
        return refusals.guard(actor, AuditAction.UPDATE, ReviewContext.CATEGORY, "note", noteId,
                () -> transitions.requestChanges(actor, noteId, expectedVersion, reason));
    }

    @Override
    public Review coSign(Actor actor, String noteId, long expectedVersion) {
        required(actor, "/actor");
        return refusals.guard(actor, AuditAction.SIGN, ReviewContext.CATEGORY, "note", noteId,
                () -> transitions.coSign(actor, noteId, expectedVersion));
    }

    @Override
    public BatchCoSignResult batchCoSign(Actor actor, List<NoteVersion> notes) {
        required(actor, "/actor");
        return batch.coSign(actor, notes);
    }

    @Override
    public Addendum addAddendum(Actor actor, String noteId, String text) {
        required(actor, "/actor");
        return refusals.guard(actor, AuditAction.CREATE, ReviewContext.CATEGORY, "note", noteId,
                () -> addenda.add(actor, noteId, text));
    }

    @Override
    public Addendum submitAddendum(Actor actor, String noteId, String addendumId, long expectedVersion) {
        required(actor, "/actor");
        return refusals.guard(actor, AuditAction.UPDATE, ReviewContext.CATEGORY, "note", noteId,
                () -> addenda.submit(actor, noteId, addendumId, expectedVersion));
    }

    @Override
    public Addendum coSignAddendum(Actor actor, String noteId, String addendumId, long expectedVersion) {
        required(actor, "/actor");
        return refusals.guard(actor, AuditAction.SIGN, ReviewContext.CATEGORY, "note", noteId,
                () -> addenda.coSign(actor, noteId, addendumId, expectedVersion));
    }

    @Override
    public boolean changedAfterCoSign(Actor actor, String noteId) {
        required(actor, "/actor");
        return refusals.guard(actor, AuditAction.READ, ReviewContext.CATEGORY, "note", noteId,
                () -> reading.changedAfterCoSign(actor, noteId));
    }

    @Override
    public Page<Review> queue(Actor actor, QueueQuery query) {
        required(actor, "/actor");
        required(query, "/query");
        return queue.queue(actor, query);
    }

    @Override
    public Page<Review> returnedNotes(Actor actor, int pageSize, String after) {
        required(actor, "/actor");
        return queue.returned(actor, pageSize, after);
    }

    @Override
    public Page<Review> overdue(Actor actor, int pageSize, String after) {
        required(actor, "/actor");
        return queue.queue(actor, new QueueQuery(null, null, null, true, pageSize, after));
    }

    private static void required(Object value, String path) {
        if (value == null) {
            throw ValidationException.of(path, "required", "this is required");
        }
    }

    @Override
    public OverdueCheck checkOverdue(String organisationId, Instant now) {
        return overdue.check(organisationId, now);
    }
}
