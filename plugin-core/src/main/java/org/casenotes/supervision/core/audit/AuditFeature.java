package org.casenotes.supervision.core.audit;

import java.time.Clock;
import org.casenotes.supervision.api.audit.AuditLog;
import org.casenotes.supervision.api.audit.AuditSecrets;
import org.casenotes.supervision.core.storage.Transactions;

/**
 * The audit feature, built once per module: the trail the other features append to, and the
 * admin's audit log. Automatic anchors are taken on a background thread of the feature's own
 * ({@link AnchorThread}), which {@link #close()} lets finish, or, where built so for tests that
 * read them at once, on the appender's thread after its commit. Thread-safe.
 */
public final class AuditFeature implements AutoCloseable {

    /** How many events a module appends, in all organisations together, between automatic anchors unless configured otherwise. */
    public static final int DEFAULT_CHECKPOINT_EVERY = 1000;

    private final AuditTrail trail;
    private final AuditLog log;
    private final Anchors anchors;

    private AuditFeature(AuditTrail trail, AuditLog log, Anchors anchors) {
        this.trail = trail;
        this.log = log;
        this.anchors = anchors;
    }

    /**
     * Builds the feature.
     *
     * @param transactions the module's transaction runner
     * @param secrets the host's keys and checkpoint sink
     * @param clock the host's clock
     * @param checkpointEvery how many events this module appends, in all organisations together,
     *     between automatic anchors; at least 1
     * @return the feature
     * @throws org.casenotes.supervision.api.error.InvalidStateException {@code
     *     audit.key-mismatch} when the host's chain key is not the one this database's trail was
     *     written with, {@code audit.identity-missing} when the database's audit identity was
     *     removed
     */
    public static AuditFeature create(Transactions transactions, AuditSecrets secrets, Clock clock,
            int checkpointEvery) {
        // Automatic anchors on the module's own thread (AnchorThread), so the request whose
        // append makes one due does not pay for walking the events since the last one
        // (docs/RELIABILITY.md, "Two hosts", has the soak runs of both ways).
        return create(transactions, secrets, clock, checkpointEvery, true);
    }

    /**
     * Builds the feature, with automatic anchors taken in the background or, for tests that
     * read them at once, on the appender's thread right after its commit.
     */
    static AuditFeature create(Transactions transactions, AuditSecrets secrets, Clock clock, int checkpointEvery,
            boolean anchorsInBackground) {
        String databaseId = DatabaseIdentity.establish(transactions, secrets.hmacKey());
        ChainWalker walker = new ChainWalker(secrets.hmacKey());
        Anchors anchors = new Anchors(transactions, walker,
                new CheckpointSigner(secrets.checkpointSigningKey(), secrets.checkpointVerifyingKey()),
                secrets.checkpoints(), clock, checkpointEvery, databaseId, anchorsInBackground);
        AuditTrail trail = new ChainedAuditTrail(secrets.hmacKey(), anchors);
        ChainVerifier verifier = new ChainVerifier(transactions, walker, anchors);
        return new AuditFeature(trail, new AuditLogService(transactions, trail, verifier, anchors, clock), anchors);
    }

    /**
     * The trail every feature records its events in.
     *
     * @return the trail
     */
    public AuditTrail trail() {
        return trail;
    }

    /**
     * The admin's reports, verification and checkpoints.
     *
     * @return the audit log
     */
    public AuditLog log() {
        return log;
    }

    /**
     * Waits up to a minute for the automatic anchor being taken and the one queued, then stops
     * the anchor thread. Call before the host closes the database. Idempotent.
     */
    @Override
    public void close() {
        anchors.close();
    }
}
