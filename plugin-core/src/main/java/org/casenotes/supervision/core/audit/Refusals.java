package org.casenotes.supervision.core.audit;

import java.time.Clock;
import java.util.function.Supplier;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.api.error.SupervisionException;
import org.casenotes.supervision.core.storage.Transactions;

/**
 * Records refused accesses as what they are: a {@link AuditAction#REFUSED} event naming the
 * attempted action and the reason code, in a transaction of its own (the refused action's
 * transaction rolls back and records nothing). Refusals are those of access: no right
 * ({@link ForbiddenException}) and nothing of that id in the actor's organisation ({@link
 * NotFoundException}). Thread-safe.
 *
 * <p>One refused request writes exactly one refusal: when guarded accesses nest on a thread (an
 * export that reads reviews, a module call whose service guards its own steps), only the
 * outermost guard records, naming the action the caller attempted; inner guards and direct
 * {@link #record} calls made inside a guard leave it to the outer one.
 */
public final class Refusals {

    /** How many guards are running on this thread; only the outermost records. */
    private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

    private final Transactions transactions;
    private final AuditTrail trail;
    private final Clock clock;

    /**
     * Creates the recorder.
     *
     * @param transactions the module's transaction runner
     * @param trail the audit trail
     * @param clock the host's clock
     */
    public Refusals(Transactions transactions, AuditTrail trail, Clock clock) {
        this.transactions = transactions;
        this.trail = trail;
        this.clock = clock;
    }

    /**
     * Runs an access; when it is refused, records the refusal and rethrows.
     *
     * @param actor who asked
     * @param attempted what they attempted
     * @param dataCategory the data category, as the granted access would record it
     * @param targetType the kind of record
     * @param targetId the record's id as asked for
     * @param access the access
     * @param <T> what the access returns
     * @return what the access returned
     */
    public <T> T guard(Actor actor, AuditAction attempted, String dataCategory, String targetType, String targetId,
            Supplier<T> access) {
        return guard(actor, attempted, dataCategory, targetType, targetId, true, access);
    }

    /**
     * Runs an access; when it is refused, records the refusal and rethrows.
     *
     * @param actor who asked
     * @param attempted what they attempted
     * @param dataCategory the data category, as the granted access would record it
     * @param targetType the kind of record
     * @param targetId the record's id as asked for
     * @param notFoundIsRefusal whether {@link NotFoundException} is a refusal here ({@code false}
     *     where "nothing there" is an ordinary answer, such as a note without a section)
     * @param access the access
     * @param <T> what the access returns
     * @return what the access returned
     */
    public <T> T guard(Actor actor, AuditAction attempted, String dataCategory, String targetType, String targetId,
            boolean notFoundIsRefusal, Supplier<T> access) {
        int[] depth = DEPTH.get();
        boolean outermost = depth[0] == 0;
        depth[0]++;
        SupervisionException refused = null;
        try {
            return access.get();
        } catch (ForbiddenException e) {
            refused = e;
            throw e;
        } catch (NotFoundException e) {
            refused = notFoundIsRefusal ? e : null;
            throw e;
        } finally {
            depth[0]--;
            if (outermost && refused != null) {
                record(actor, attempted, dataCategory, targetType, targetId, refused);
            }
        }
    }

    /**
     * Records one refusal, unless a guarded access is running on this thread (then its
     * outermost guard records the request's one refusal).
     *
     * @param actor who asked
     * @param attempted what they attempted
     * @param dataCategory the data category
     * @param targetType the kind of record
     * @param targetId the record's id as asked for (cut to the column's 128 characters)
     * @param reason the refusal
     */
    public void record(Actor actor, AuditAction attempted, String dataCategory, String targetType, String targetId,
            SupervisionException reason) {
        if (DEPTH.get()[0] > 0) {
            // Inside a guarded access: the outermost guard records the refusal of the request.
            return;
        }
        String target = targetId == null ? "-" : targetId.length() > 128 ? targetId.substring(0, 128) : targetId;
        transactions.inTransaction("record a refused access", tx -> {
            trail.append(tx, new AuditEntry(clock.instant(), actor.organisationId(), actor.userId(), null,
                    AuditAction.REFUSED, dataCategory, targetType, target, null, null, null,
                    "attempted=" + attempted.name() + ";reason=" + reason.code()));
            return null;
        });
    }
}
