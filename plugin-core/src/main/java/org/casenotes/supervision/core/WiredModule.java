package org.casenotes.supervision.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Consumer;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.Vocabulary;
import org.casenotes.supervision.api.audit.AuditLog;
import org.casenotes.supervision.api.fhir.FhirExports;
import org.casenotes.supervision.core.fhir.FhirService;
import org.casenotes.supervision.api.billing.Billing;
import org.casenotes.supervision.api.review.ReviewSampling;
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
import org.casenotes.supervision.core.sampling.SamplingService;
import org.casenotes.supervision.core.disclosure.DisclosureService;
import org.casenotes.supervision.core.event.EventOutbox;
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
import org.casenotes.supervision.core.vocabulary.VocabularyService;

/**
 * The module a host receives: each feature's service, built once over the guarded host
 * context. Open from construction until {@link #close()}; after that every call fails with
 * {@code module.closed}.
 */
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
    private final Vocabulary vocabulary;
    private final AuditLog auditLog;
    private final Disclosures disclosureGate;
    private final Policies policyGate;
    private final ModuleState state = new ModuleState();
    private final Consumer<SupervisionModule> onClose;
    private final EventOutbox outbox;
    private final FhirExports fhir;
    private final Licensure licensure;
    private final Signatures signatures;
    private final Billing billing;
    private final ReviewSampling sampling;

    WiredModule(HostContext host, String schemaVersion, Consumer<SupervisionModule> onClose) {
        this.host = host;
        this.onClose = onClose;
        this.schemaVersion = schemaVersion;
        Transactions transactions = new Transactions(host.dataSource());
        this.audit = AuditFeature.create(transactions, host.auditSecrets(), host.clock(),
                AuditFeature.DEFAULT_CHECKPOINT_EVERY);
        state.recordRefusals(new org.casenotes.supervision.core.audit.Refusals(transactions, audit.trail(),
                host.clock()));
        this.policies = new PolicyService(transactions, host.clock(), host.policies(), audit.trail());
        this.disclosures = new DisclosureService(transactions, host.clock(), host.directory(), host.notes(),
                policies, audit.trail(), new ReviewEditGuard());
        this.outbox = new EventOutbox(transactions, host.events());
        Reviews reviewService = new ReviewService(host, transactions, audit.trail(), disclosures, policies, outbox);
        Meetings meetingService = new MeetingService(host, transactions, new ReviewAgendaSources(), audit.trail());
        this.reviews = state.gate(Reviews.class, reviewService);
        this.meetings = state.gate(Meetings.class, meetingService);
        this.packets = state.gate(Packets.class, new PacketService(host, transactions, policies::policy,
                meetingService, audit.trail(), PacketWriter.pdf(host.packetFonts())));
        this.auditLog = state.gate(AuditLog.class, audit.log());
        this.disclosureGate = state.gate(Disclosures.class, disclosures);
        this.policyGate = state.gate(Policies.class, policies);
        this.vocabulary = state.gate(Vocabulary.class, new VocabularyService());
        this.fhir = state.gate(FhirExports.class, new FhirService(host, transactions, policies::policy, reviews,
                packets, audit.trail()));
        this.licensure = state.gate(Licensure.class, new LicensureService(
                RulePacks.load(host.licensure().extraRulePacks()), meetingService, transactions, host.licensure(),
                host.directory(), org -> java.util.Optional.ofNullable(transactions.inTransaction(
                        "read the default rule pack", tx -> policies.policy(tx, org).defaultRulePack())),
                audit.trail(), host.clock(), host.packetFonts()));
        this.signatures = state.gate(Signatures.class, new SignatureService(transactions,
                new SignatureLedger(host.directory(), host.clock().getZone()), reviews, meetings));
        this.billing = state.gate(Billing.class, new BillingService(host, transactions, policies, reviews));
        this.sampling = state.gate(ReviewSampling.class, new SamplingService(host, transactions, reviews));
    }

    @Override
    public String version() {
        state.checkOpen();
        return PluginVersion.current();
    }

    @Override
    public String schemaVersion() {
        state.checkOpen();
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
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    @Override
    public FhirExports fhir() {
        return fhir;
    }

    @Override
    public Billing billing() {
        return billing;
    }

    @Override
    public ReviewSampling reviewSampling() {
        return sampling;
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
        state.checkOpen();
        try (Connection connection = host.dataSource().getConnection()) {
            return connection.isValid(REACHABLE_TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public AuditLog audit() {
        return auditLog;
    }

    @Override
    public Disclosures disclosures() {
        return disclosureGate;
    }

    @Override
    public Policies policies() {
        return policyGate;
    }

    @Override
    public int deliverPendingEvents() {
        state.checkOpen();
        return outbox.deliverPending();
    }

    @Override
    public void close() {
        // The data source belongs to the host; the module only lets go of H2's way to its classes.
        if (state.close()) {
            H2TriggerClasses.release(host.dataSource());
            onClose.accept(this);
        }
    }
}
