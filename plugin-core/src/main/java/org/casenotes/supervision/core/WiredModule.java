package org.casenotes.supervision.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.audit.AuditLog;
import org.casenotes.supervision.api.billing.Billing;
import org.casenotes.supervision.api.disclosure.Disclosures;
import org.casenotes.supervision.api.licensure.Licensure;
import org.casenotes.supervision.api.meeting.Meetings;
import org.casenotes.supervision.api.packet.Packets;
import org.casenotes.supervision.api.policy.Policies;
import org.casenotes.supervision.api.review.Reviews;
import org.casenotes.supervision.api.signature.Signatures;
import org.casenotes.supervision.core.audit.AuditFeature;
import org.casenotes.supervision.core.audit.internal.H2TriggerClasses;
import org.casenotes.supervision.core.billing.BillingService;
import org.casenotes.supervision.core.disclosure.DisclosureService;
import org.casenotes.supervision.core.licensure.LicensureService;
import org.casenotes.supervision.core.licensure.RulePacks;
import org.casenotes.supervision.core.meeting.MeetingService;
import org.casenotes.supervision.core.packet.PacketService;
import org.casenotes.supervision.core.packet.PacketWriter;
import org.casenotes.supervision.core.policy.PolicyService;
import org.casenotes.supervision.core.review.ReviewEditGuard;
import org.casenotes.supervision.core.review.ReviewService;
import org.casenotes.supervision.core.signature.SignatureLedger;
import org.casenotes.supervision.core.signature.SignatureService;
import org.casenotes.supervision.core.storage.Transactions;

/** The module a host receives: each feature's service, built once over the host context. */
final class WiredModule implements SupervisionModule {

    private static final int REACHABLE_TIMEOUT_SECONDS = 2;

    private final HostContext host;
    private final String schemaVersion;
    private final AuditFeature audit;
    private final PolicyService policies;
    private final DisclosureService disclosures;
    private final Reviews reviews;
    private final Meetings meetings;
    private final Packets packets;
    private final Licensure licensure;
    private final Signatures signatures;
    private final Billing billing;
    private final AtomicBoolean closed = new AtomicBoolean();

    WiredModule(HostContext host, String schemaVersion) {
        this.host = host;
        this.schemaVersion = schemaVersion;
        Transactions transactions = new Transactions(host.dataSource());
        this.audit = AuditFeature.create(transactions, host.auditSecrets(), host.clock(),
                AuditFeature.DEFAULT_CHECKPOINT_EVERY);
        this.policies = new PolicyService(transactions, host.clock(), host.policies(), audit.trail());
        this.disclosures = new DisclosureService(transactions, host.clock(), host.directory(), host.notes(),
                policies, audit.trail(), new ReviewEditGuard());
        this.reviews = new ReviewService(host, transactions, audit.trail(), disclosures, policies);
        this.meetings = new MeetingService(host, transactions, new ReviewAgendaSources(), audit.trail());
        this.packets = new PacketService(host, transactions, policies::policy, meetings, audit.trail(),
                PacketWriter.pdf());
        this.licensure = new LicensureService(RulePacks.load(host.licensure().extraRulePacks()), meetings,
                transactions, host.licensure(), host.directory(),
                org -> java.util.Optional.ofNullable(transactions.inTransaction("read the default rule pack",
                        tx -> policies.policy(tx, org).defaultRulePack())),
                audit.trail(), host.clock());
        this.signatures = new SignatureService(transactions, new SignatureLedger(host.directory(),
                host.clock().getZone()), reviews, meetings);
        this.billing = new BillingService(host, transactions, policies, reviews);
    }

    @Override
    public String version() {
        return PluginVersion.current();
    }

    @Override
    public String schemaVersion() {
        return schemaVersion;
    }

    @Override
    public Reviews reviews() {
        return reviews;
    }

    @Override
    public Meetings meetings() {
        return meetings;
    }

    @Override
    public Packets packets() {
        return packets;
    }

    @Override
    public Billing billing() {
        return billing;
    }

    @Override
    public Signatures signatures() {
        return signatures;
    }

    @Override
    public Licensure licensure() {
        return licensure;
    }

    @Override
    public boolean databaseReachable() {
        try (Connection connection = host.dataSource().getConnection()) {
            return connection.isValid(REACHABLE_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public AuditLog audit() {
        return audit.log();
    }

    @Override
    public Disclosures disclosures() {
        return disclosures;
    }

    @Override
    public Policies policies() {
        return policies;
    }

    @Override
    public void close() {
        // The data source belongs to the host; the module only lets go of H2's way to its classes.
        if (closed.compareAndSet(false, true)) {
            H2TriggerClasses.unregister();
        }
    }
}
