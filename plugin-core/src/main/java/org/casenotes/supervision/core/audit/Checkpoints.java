package org.casenotes.supervision.core.audit;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import org.casenotes.supervision.api.audit.Checkpoint;
import org.casenotes.supervision.api.audit.CheckpointSink;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.error.SupervisionException;
import org.casenotes.supervision.core.storage.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes signed checkpoints of the chain's head, every N events and on demand. A checkpoint is
 * written only after the events since the previous one verify, so a checkpoint never vouches
 * for a damaged chain. Thread-safe; checkpoints from one module are taken one at a time.
 */
final class Checkpoints {

    private static final Logger LOG = LoggerFactory.getLogger(Checkpoints.class);

    private final Transactions transactions;
    private final ChainWalker walker;
    private final CheckpointSigner signer;
    private final CheckpointSink sink;
    private final Clock clock;
    private final int every;
    private final Object oneAtATime = new Object();

    Checkpoints(Transactions transactions, ChainWalker walker, CheckpointSigner signer,
            CheckpointSink sink, Clock clock, int every) {
        if (every < 1) {
            throw new IllegalArgumentException("checkpoint interval must be at least 1");
        }
        this.transactions = transactions;
        this.walker = walker;
        this.signer = signer;
        this.sink = sink;
        this.clock = clock;
        this.every = every;
    }

    boolean dueAt(long sequence) {
        return sequence % every == 0;
    }

    Optional<Checkpoint> latest() {
        return sink.latest();
    }

    boolean verifies(Checkpoint checkpoint) {
        return signer.verifies(checkpoint);
    }

    /** Takes a checkpoint after an append; a refusal is logged, never thrown at the appender. */
    void takeQuietly() {
        try {
            take();
        } catch (SupervisionException | UncheckedIOException e) {
            LOG.warn("no audit checkpoint taken: {}", e.getMessage());
        }
    }

    Checkpoint take() {
        synchronized (oneAtATime) {
            Optional<Checkpoint> previous = sink.latest();
            if (previous.isPresent() && !signer.verifies(previous.get())) {
                throw new InvalidStateException("audit.checkpoint-forged",
                        "the latest audit checkpoint's signature does not verify; run verify");
            }
            long fromSeq = previous.map(Checkpoint::sequence).orElse(0L);
            String fromMac = previous.map(Checkpoint::headMac).orElse(ChainMac.GENESIS);
            Checkpoint next = transactions.inTransaction("take an audit checkpoint", tx -> {
                ChainHead head = ChainHead.read(tx.connection());
                if (head.lastSeq() < fromSeq || fromSeq > 0 && !macAt(tx.connection(), fromSeq, fromMac)) {
                    throw refused("it no longer passes through the latest checkpoint at event #" + fromSeq);
                }
                ChainWalker.Walk walk = walker.walk(tx.connection(), fromSeq, fromMac, head.lastSeq(), -1);
                if (walk.problem() != null) {
                    throw refused(walk.problem().message());
                }
                if (walk.lastSeq() != head.lastSeq()) {
                    throw refused("events after #" + walk.lastSeq() + " are gone");
                }
                if (!ChainMac.same(walk.lastMac(), head.lastMac())) {
                    throw refused("the head row does not match event #" + walk.lastSeq());
                }
                return signer.sign(walk.lastSeq(), walk.lastMac(), clock.instant());
            });
            if (previous.isPresent() && previous.get().sequence() == next.sequence()) {
                return previous.get();
            }
            sink.write(next);
            return next;
        }
    }

    private static boolean macAt(Connection connection, long seq, String mac) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT entry_mac FROM sr_audit_event WHERE seq = ?")) {
            select.setLong(1, seq);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() && ChainMac.same(rs.getString(1), mac);
            }
        }
    }

    private static InvalidStateException refused(String why) {
        return new InvalidStateException("audit.chain-broken",
                "no audit checkpoint taken, the chain since the latest checkpoint does not verify: " + why);
    }
}
