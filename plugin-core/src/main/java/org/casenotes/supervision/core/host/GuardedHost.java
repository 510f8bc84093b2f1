package org.casenotes.supervision.core.host;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.NoteLookup;
import org.casenotes.supervision.api.PolicySource;
import org.casenotes.supervision.api.SupervisionDirectory;
import org.casenotes.supervision.api.SupervisionEventListener;
import org.casenotes.supervision.api.audit.AuditSecrets;
import org.casenotes.supervision.api.audit.CheckpointSink;
import org.casenotes.supervision.api.billing.BillingRecords;
import org.casenotes.supervision.api.error.HostFailureException;
import org.casenotes.supervision.api.error.HostPart;
import org.casenotes.supervision.api.licensure.LicensureRecords;

/**
 * The host context as the plugin's features see it: each part read once from the host and
 * guarded, so an unchecked exception from any of them, at creation or in any later call,
 * comes back as a {@link HostFailureException} naming the part. Immutable and thread-safe.
 */
public final class GuardedHost implements HostContext {

    private final DataSource dataSource;
    private final Clock clock;
    private final SupervisionDirectory directory;
    private final NoteLookup notes;
    private final SupervisionEventListener events;
    private final PolicySource policies;
    private final AuditSecrets auditSecrets;
    private final List<Path> packetFonts;
    private final LicensureRecords licensure;
    private final BillingRecords billing;

    private GuardedHost(HostContext host) {
        this.dataSource = HostPartGuard.guard(DataSource.class, HostPart.DATA_SOURCE,
                HostPartGuard.read(HostPart.DATA_SOURCE, host::dataSource));
        this.clock = new GuardedClock(HostPartGuard.read(HostPart.CLOCK, host::clock));
        this.directory = HostPartGuard.guard(SupervisionDirectory.class, HostPart.DIRECTORY,
                HostPartGuard.read(HostPart.DIRECTORY, host::directory));
        this.notes = HostPartGuard.guard(NoteLookup.class, HostPart.NOTES, HostPartGuard.read(HostPart.NOTES, host::notes));
        this.events = HostPartGuard.guard(SupervisionEventListener.class, HostPart.EVENTS,
                HostPartGuard.read(HostPart.EVENTS, host::events));
        this.policies = HostPartGuard.guard(PolicySource.class, HostPart.POLICIES,
                HostPartGuard.read(HostPart.POLICIES, host::policies));
        this.auditSecrets = new GuardedSecrets(HostPartGuard.guard(AuditSecrets.class, HostPart.AUDIT_SECRETS,
                HostPartGuard.read(HostPart.AUDIT_SECRETS, host::auditSecrets)));
        // The host's list is copied once here, so a failure inside it (or a null entry) shows now.
        List<Path> fonts = HostPartGuard.read(HostPart.PACKET_FONTS, host::packetFonts);
        this.packetFonts = HostPartGuard.call(HostPart.PACKET_FONTS, () -> List.copyOf(fonts));
        this.licensure = HostPartGuard.guard(LicensureRecords.class, HostPart.LICENSURE,
                HostPartGuard.read(HostPart.LICENSURE, host::licensure));
        this.billing = HostPartGuard.guard(BillingRecords.class, HostPart.BILLING,
                HostPartGuard.read(HostPart.BILLING, host::billing));
    }

    /**
     * Reads and guards every part of a host context.
     *
     * @param host the host's context
     * @return the guarded context; the host itself when it is one already
     * @throws HostFailureException when an accessor throws or returns null
     */
    public static GuardedHost of(HostContext host) {
        if (host instanceof GuardedHost guarded) {
            return guarded;
        }
        return new GuardedHost(host);
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public SupervisionDirectory directory() {
        return directory;
    }

    @Override
    public NoteLookup notes() {
        return notes;
    }

    @Override
    public SupervisionEventListener events() {
        return events;
    }

    @Override
    public PolicySource policies() {
        return policies;
    }

    @Override
    public AuditSecrets auditSecrets() {
        return auditSecrets;
    }

    /** Audit secrets whose checkpoint sink is guarded too. */
    private record GuardedSecrets(AuditSecrets secrets) implements AuditSecrets {

        @Override
        public javax.crypto.SecretKey hmacKey() {
            return secrets.hmacKey();
        }

        @Override
        public java.security.PrivateKey checkpointSigningKey() {
            return secrets.checkpointSigningKey();
        }

        @Override
        public java.security.PublicKey checkpointVerifyingKey() {
            return secrets.checkpointVerifyingKey();
        }

        @Override
        public CheckpointSink checkpoints() {
            return HostPartGuard.guard(CheckpointSink.class, HostPart.AUDIT_SECRETS, secrets.checkpoints());
        }
    }

    @Override
    public List<Path> packetFonts() {
        return packetFonts;
    }

    @Override
    public LicensureRecords licensure() {
        return licensure;
    }

    @Override
    public BillingRecords billing() {
        return billing;
    }
}
