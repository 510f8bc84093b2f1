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
 * The module a host receives: each feature's services over the guarded host context. Open
 * from construction until {@link #close()}; after that every call fails with
 * {@code module.closed}.
 *
 * <p>What must be refused at creation is checked here, at once: the audit chain's key against
 * the database, the host's rule packs against their schema, the host's packet fonts. The
 * features themselves (their services and the gates in front of them) are built when a host
 * first asks for them ({@link Lazy}), each once, so a module is ready to serve its first
 * request without first loading the code of every feature. After close, asking for a feature
 * fails at once with {@code module.closed}: a feature never built must not be built then, as
 * the plugin's classes may already be unloaded.
 */
final class WiredModule implements SupervisionModule {

    private static final int REACHABLE_TIMEOUT_SECONDS = 2;

    private final HostContext host;
    private final String schemaVersion;
    private final ModuleState state = new ModuleState();
    private final Consumer<SupervisionModule> onClose;
    private final Transactions transactions;
    private final AuditFeature audit;
    private final EventOutbox outbox;
    private final RulePacks rulePacks;
    private final PacketWriter packetWriter;
    private final Lazy<PolicyService> policyService;
    private final Lazy<DisclosureService> disclosureService;
    private final Lazy<Meetings> meetingService;
    private final Lazy<Reviews> reviews;
    private final Lazy<Meetings> meetings;
    private final Lazy<Packets> packets;
    private final Lazy<Vocabulary> vocabulary;
    private final Lazy<AuditLog> auditLog;
    private final Lazy<Disclosures> disclosures;
    private final Lazy<Policies> policies;
    private final Lazy<FhirExports> fhir;
    private final Lazy<Licensure> licensure;
    private final Lazy<Signatures> signatures;
    private final Lazy<Billing> billing;
    private final Lazy<ReviewSampling> sampling;

    WiredModule(HostContext host, String schemaVersion, Consumer<SupervisionModule> onClose) {
        this.host = host;
        this.onClose = onClose;
        this.schemaVersion = schemaVersion;
        this.transactions = new Transactions(host.dataSource());
        // Checked at creation: the chain key, the host's rule packs, the host's fonts.
        this.audit = AuditFeature.create(transactions, host.auditSecrets(), host.clock(),
                AuditFeature.DEFAULT_CHECKPOINT_EVERY);
        state.recordRefusals(new org.casenotes.supervision.core.audit.Refusals(transactions, audit.trail(),
                host.clock()));
        this.rulePacks = RulePacks.load(host.licensure().extraRulePacks());
        this.packetWriter = PacketWriter.pdf(host.packetFonts());
        this.outbox = new EventOutbox(transactions, host.events());
        this.policyService = new Lazy<>(() -> new PolicyService(transactions, host.clock(), host.policies(),
                audit.trail()));
        this.disclosureService = new Lazy<>(() -> new DisclosureService(transactions, host.clock(), host.directory(),
                host.notes(), policyService.get(), audit.trail(), new ReviewEditGuard()));
        this.meetingService = new Lazy<>(() -> new MeetingService(host, transactions, new ReviewAgendaSources(),
                audit.trail()));
        this.reviews = new Lazy<>(() -> state.gate(Reviews.class, new ReviewService(host, transactions, audit.trail(),
                disclosureService.get(), policyService.get(), outbox)));
        this.meetings = new Lazy<>(() -> state.gate(Meetings.class, meetingService.get()));
        this.packets = new Lazy<>(() -> state.gate(Packets.class, new PacketService(host, transactions,
                policyService.get()::policy, meetingService.get(), audit.trail(), packetWriter)));
        this.auditLog = new Lazy<>(() -> state.gate(AuditLog.class, audit.log()));
        this.disclosures = new Lazy<>(() -> state.gate(Disclosures.class, disclosureService.get()));
        this.policies = new Lazy<>(() -> state.gate(Policies.class, policyService.get()));
        this.vocabulary = new Lazy<>(() -> state.gate(Vocabulary.class, new VocabularyService()));
        this.fhir = new Lazy<>(() -> state.gate(FhirExports.class, new FhirService(host, transactions,
                policyService.get()::policy, reviews.get(), packets.get(), audit.trail())));
        this.licensure = new Lazy<>(() -> state.gate(Licensure.class, new LicensureService(rulePacks,
                meetingService.get(), transactions, host.licensure(), host.directory(),
                org -> java.util.Optional.ofNullable(transactions.inTransaction("read the default rule pack",
                        tx -> policyService.get().policy(tx, org).defaultRulePack())),
                audit.trail(), host.clock(), host.packetFonts())));
        this.signatures = new Lazy<>(() -> state.gate(Signatures.class, new SignatureService(transactions,
                new SignatureLedger(host.directory(), host.clock().getZone()), reviews.get(), meetings.get())));
        this.billing = new Lazy<>(() -> state.gate(Billing.class, new BillingService(host, transactions,
                policyService.get(), reviews.get())));
        this.sampling = new Lazy<>(() -> state.gate(ReviewSampling.class, new SamplingService(host, transactions,
                reviews.get(), audit.trail())));
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
        state.checkOpen();
        return reviews.get();
    }

    @Override
    public Meetings meetings() {
        state.checkOpen();
        return meetings.get();
    }

    @Override
    public Packets packets() {
        state.checkOpen();
        return packets.get();
    }

    @Override
    public Vocabulary vocabulary() {
        state.checkOpen();
        return vocabulary.get();
    }

    @Override
    public FhirExports fhir() {
        state.checkOpen();
        return fhir.get();
    }

    @Override
    public Billing billing() {
        state.checkOpen();
        return billing.get();
    }

    @Override
    public ReviewSampling reviewSampling() {
        state.checkOpen();
        return sampling.get();
    }

    @Override
    public Signatures signatures() {
        state.checkOpen();
        return signatures.get();
    }

    @Override
    public Licensure licensure() {
        state.checkOpen();
        return licensure.get();
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
        state.checkOpen();
        return auditLog.get();
    }

    @Override
    public Disclosures disclosures() {
        state.checkOpen();
        return disclosures.get();
    }

    @Override
    public Policies policies() {
        state.checkOpen();
        return policies.get();
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
            audit.close();
            H2TriggerClasses.release(host.dataSource());
            onClose.accept(this);
        }
    }
}
