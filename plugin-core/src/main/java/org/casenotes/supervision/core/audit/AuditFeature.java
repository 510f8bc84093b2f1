package org.casenotes.supervision.core.audit;

import java.time.Clock;
import org.casenotes.supervision.api.audit.AuditLog;
import org.casenotes.supervision.api.audit.AuditSecrets;
import org.casenotes.supervision.core.storage.Transactions;

/**
 * The audit feature, built once per module: the trail the other features append to, and the
 * admin's audit log. Thread-safe.
 */
public final class AuditFeature {

    /** How many events pass between automatic checkpoints unless configured otherwise. */
    public static final int DEFAULT_CHECKPOINT_EVERY = 1000;

    private final AuditTrail trail;
    private final AuditLog log;

    private AuditFeature(AuditTrail trail, AuditLog log) {
        this.trail = trail;
        this.log = log;
    }

    /**
     * Builds the feature.
     *
     * @param transactions the module's transaction runner
     * @param secrets the host's keys and checkpoint sink
     * @param clock the host's clock
     * @param checkpointEvery how many events between automatic checkpoints; at least 1
     * @return the feature
     */
    public static AuditFeature create(Transactions transactions, AuditSecrets secrets, Clock clock,
            int checkpointEvery) {
        ChainWalker walker = new ChainWalker(secrets.hmacKey());
        Checkpoints checkpoints = new Checkpoints(transactions, walker,
                new CheckpointSigner(secrets.checkpointSigningKey(), secrets.checkpointVerifyingKey()),
                secrets.checkpoints(), clock, checkpointEvery);
        AuditTrail trail = new ChainedAuditTrail(secrets.hmacKey(), checkpoints);
        ChainVerifier verifier = new ChainVerifier(transactions, walker, checkpoints);
        return new AuditFeature(trail, new AuditLogService(transactions, trail, verifier, checkpoints, clock));
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
}
