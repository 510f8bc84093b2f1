package org.casenotes.supervision.core.audit;

import java.util.Optional;
import org.casenotes.supervision.api.audit.AuditProblem;
import org.casenotes.supervision.api.audit.AuditVerification;
import org.casenotes.supervision.api.audit.Checkpoint;
import org.casenotes.supervision.core.storage.Transactions;

/**
 * Verifies the whole chain: every event from the first, then the head row and the latest
 * signed checkpoint, which catch a tail cut off the end. The first problem found in the
 * events wins, as it names the earliest bad event.
 *
 * <p>The limit, by design: events after the latest checkpoint, deleted together with a rewound
 * head row, look like events never written. Checkpoints bound that window: every N events, and
 * whenever the host asks (the sample host: at the end of every command and at shutdown).
 * Thread-safe.
 */
final class ChainVerifier {

    private final Transactions transactions;
    private final ChainWalker walker;
    private final Checkpoints checkpoints;

    ChainVerifier(Transactions transactions, ChainWalker walker, Checkpoints checkpoints) {
        this.transactions = transactions;
        this.walker = walker;
        this.checkpoints = checkpoints;
    }

    AuditVerification verify() {
        Optional<Checkpoint> latest = checkpoints.latest();
        long watch = latest.map(Checkpoint::sequence).orElse(-1L);
        return transactions.inTransaction("verify the audit chain", tx -> {
            ChainHead head = ChainHead.read(tx.connection());
            ChainWalker.Walk walk = walker.walk(tx.connection(), 0, ChainMac.GENESIS, Long.MAX_VALUE, watch);
            if (walk.problem() != null) {
                return walk.problem();
            }
            long count = walk.lastSeq();
            if (head.lastSeq() > count) {
                return truncated(count, "the chain's head records " + head.lastSeq() + " events");
            }
            if (latest.isEmpty()) {
                return AuditVerification.intact(count);
            }
            return againstCheckpoint(latest.get(), walk);
        });
    }

    private AuditVerification againstCheckpoint(Checkpoint checkpoint, ChainWalker.Walk walk) {
        long count = walk.lastSeq();
        if (!checkpoints.verifies(checkpoint)) {
            return AuditVerification.broken(count, null, AuditProblem.CHECKPOINT_FORGED,
                    "the latest checkpoint (event #" + checkpoint.sequence()
                            + ") does not carry a valid signature: it was tampered with");
        }
        if (checkpoint.sequence() > count) {
            return truncated(count, "the latest checkpoint covers " + checkpoint.sequence() + " events");
        }
        if (!ChainMac.same(walk.watchedMac(), checkpoint.headMac())) {
            return AuditVerification.broken(count, checkpoint.sequence(), AuditProblem.CHECKPOINT_MISMATCH,
                    "audit event #" + checkpoint.sequence()
                            + " is not the event the latest checkpoint signed: the chain was replaced");
        }
        return AuditVerification.intact(count);
    }

    private static AuditVerification truncated(long count, String evidence) {
        return AuditVerification.broken(count, count + 1, AuditProblem.TRUNCATED,
                "audit event #" + (count + 1) + " and later are missing: " + evidence
                        + " but the chain ends at #" + count);
    }
}
