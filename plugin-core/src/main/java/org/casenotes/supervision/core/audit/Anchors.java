package org.casenotes.supervision.core.audit;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.casenotes.supervision.api.audit.Checkpoint;
import org.casenotes.supervision.api.audit.CheckpointSink;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.error.SupervisionException;
import org.casenotes.supervision.core.storage.Transactions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes signed anchors: a Merkle root over every organisation's chain head (and the old global
 * chain's), signed and written to the host's checkpoint sink under the database's identity. An
 * anchor is taken every N events the module appends (all organisations together) and on demand,
 * and only after every chain's events since the previous anchor verify, so an anchor never
 * vouches for a damaged chain.
 * Reading the heads locks nothing; appenders never wait for an anchor. Automatic anchors are
 * taken on the module's {@link AnchorThread} (or, for tests that need them at once, on the
 * appender's thread after its commit). Thread-safe; anchors from one module are taken one at a
 * time.
 */
final class Anchors {

    private static final Logger LOG = LoggerFactory.getLogger(Anchors.class);

    private final Transactions transactions;
    private final ChainWalker walker;
    private final CheckpointSigner signer;
    private final CheckpointSink sink;
    private final Clock clock;
    private final int every;
    private final String databaseId;
    private final Object oneAtATime = new Object();
    private final java.util.concurrent.atomic.AtomicLong appended = new java.util.concurrent.atomic.AtomicLong();
    /** The anchor this module signed last: found again in the sink, its signature needs no check. */
    private final java.util.concurrent.atomic.AtomicReference<Checkpoint> signedHere =
            new java.util.concurrent.atomic.AtomicReference<>();
    /** Takes automatic anchors in the background; {@code null} when they are taken on the appender's thread. */
    private final AnchorThread background;

    Anchors(Transactions transactions, ChainWalker walker, CheckpointSigner signer, CheckpointSink sink,
            Clock clock, int every, String databaseId) {
        this(transactions, walker, signer, sink, clock, every, databaseId, false);
    }

    /**
     * @param inBackground whether automatic anchors are taken on an {@link AnchorThread}; when
     *     not, on the appender's thread after its commit
     */
    Anchors(Transactions transactions, ChainWalker walker, CheckpointSigner signer, CheckpointSink sink,
            Clock clock, int every, String databaseId, boolean inBackground) {
        if (every < 1) {
            throw new IllegalArgumentException("anchor interval must be at least 1");
        }
        this.transactions = transactions;
        this.walker = walker;
        this.signer = signer;
        this.sink = sink;
        this.clock = clock;
        this.every = every;
        this.databaseId = databaseId;
        this.background = inBackground ? new AnchorThread(this::takeQuietly) : null;
    }

    /**
     * Counts one append of this module, in any organisation, and says whether an anchor is due
     * after it: every {@code every}-th. An anchor covers every organisation's head, so counting
     * per organisation (as before) took one for each organisation's thousandth event: with N
     * busy organisations, N times as many anchors, each reading and signing all N heads.
     */
    boolean dueAfterAppend() {
        return appended.incrementAndGet() % every == 0;
    }

    /**
     * Takes the anchor an append made due: queued on the anchor thread, or here and now when
     * anchors are not taken in the background. Called after the append's commit.
     */
    void takeAutomatic() {
        if (background != null) {
            background.request();
        } else {
            takeQuietly();
        }
    }

    /** Lets the queued and running automatic anchors finish and stops the anchor thread. */
    void close() {
        if (background != null) {
            background.close();
        }
    }

    Optional<Checkpoint> latest() {
        return sink.latest(databaseId);
    }

    boolean verifies(Checkpoint checkpoint) {
        return signer.verifies(checkpoint) && checkpoint.databaseId().equals(databaseId);
    }

    /** Takes an anchor after an append; a refusal is logged, never thrown at the appender. */
    void takeQuietly() {
        try {
            take();
        } catch (SupervisionException | UncheckedIOException e) {
            LOG.warn("no audit anchor taken: {}", e.getMessage());
        }
    }

    Checkpoint take() {
        synchronized (oneAtATime) {
            Optional<Checkpoint> previous = latest();
            if (previous.isPresent() && !previous.get().equals(signedHere.get()) && !verifies(previous.get())) {
                throw new InvalidStateException("audit.checkpoint-forged",
                        "the latest audit anchor's signature does not verify; run verify");
            }
            Checkpoint next = transactions.inTransaction("take an audit anchor", tx -> {
                Connection connection = tx.connection();
                TreeMap<String, ChainHead> before = previous.isPresent()
                        ? AnchorHeads.of(connection, previous.get().sequence()) : new TreeMap<>();
                if (previous.isPresent() && !MerkleRoot.of(before).equals(previous.get().headMac())) {
                    throw refused("the chain heads the latest anchor signed were altered in the database");
                }
                TreeMap<String, ChainHead> heads = currentHeads(connection);
                for (Map.Entry<String, ChainHead> anchored : before.entrySet()) {
                    if (!heads.containsKey(anchored.getKey())) {
                        throw refused("a chain the latest anchor covered is gone");
                    }
                }
                long total = 0;
                for (ChainHead head : heads.values()) {
                    checkSince(connection, head, before.get(head.organisationId()));
                    total += head.lastSeq();
                }
                String root = MerkleRoot.of(heads);
                if (previous.isPresent() && previous.get().sequence() == total) {
                    if (!root.equals(previous.get().headMac())) {
                        throw refused("the chains hold as many events as at the latest anchor, but other ones");
                    }
                    return previous.get();
                }
                AnchorHeads.store(connection, total, heads, before);
                return signer.sign(databaseId, total, root, clock.instant());
            });
            if (previous.isEmpty() || previous.get().sequence() != next.sequence()) {
                sink.write(next);
                signedHere.set(next);
            }
            return next;
        }
    }

    /** Every organisation's head, and the old global chain's under the empty id when it has one. */
    static TreeMap<String, ChainHead> currentHeads(Connection connection) throws SQLException {
        TreeMap<String, ChainHead> heads = ChainHead.readAll(connection);
        ChainHead legacy = ChainHead.legacy(connection);
        if (legacy.lastSeq() > 0) {
            heads.put(AnchorHeads.LEGACY, legacy);
        }
        return heads;
    }

    private void checkSince(Connection connection, ChainHead head, ChainHead anchored) throws SQLException {
        boolean legacy = head.organisationId().equals(AnchorHeads.LEGACY);
        if (legacy && anchored != null) {
            if (!anchored.equals(head)) {
                throw refused("the frozen head of the chain before per-organisation chains moved");
            }
            return;
        }
        ChainHead from = anchored == null ? ChainHead.empty(head.organisationId()) : anchored;
        if (head.lastSeq() < from.lastSeq() || !legacy && from.lastSeq() > 0
                && !macAt(connection, head.organisationId(), from.lastSeq(), from.lastMac())) {
            throw refused("a chain no longer passes through the latest anchor at its event #" + from.lastSeq());
        }
        ChainWalker.Walk walk = legacy ? walker.walkLegacy(connection, -1)
                : walker.walk(connection, head.organisationId(), from.lastSeq(), from.lastMac(), head.lastSeq(), -1);
        if (walk.problem() != null) {
            throw refused(walk.problem().message());
        }
        if (walk.lastSeq() != head.lastSeq()) {
            throw refused("events after #" + walk.lastSeq() + " of a chain are gone");
        }
        if (!ChainMac.same(walk.lastMac(), head.lastMac())) {
            throw refused("a head row does not match its chain's event #" + walk.lastSeq());
        }
    }

    private static boolean macAt(Connection connection, String organisation, long seq, String mac)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT entry_mac FROM sr_audit_event WHERE org_id = ? AND seq = ?")) {
            select.setString(1, organisation);
            select.setLong(2, seq);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() && ChainMac.same(rs.getString(1), mac);
            }
        }
    }

    private static InvalidStateException refused(String why) {
        return new InvalidStateException("audit.chain-broken",
                "no audit anchor taken, the trail since the latest anchor does not verify: " + why);
    }
}
