package org.casenotes.supervision.core.review;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.ClientIdentity;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.NoteLookup;
import org.casenotes.supervision.api.NoteProtection;
import org.casenotes.supervision.api.Person;
import org.casenotes.supervision.api.PolicySource;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.SupervisionAssignment.Kind;
import org.casenotes.supervision.api.SupervisionDirectory;
import org.casenotes.supervision.api.SupervisionEvent;
import org.casenotes.supervision.api.SupervisionEventListener;
import org.casenotes.supervision.api.audit.AuditSecrets;
import org.casenotes.supervision.api.billing.BillingRecords;
import org.casenotes.supervision.api.disclosure.Flag;
import org.casenotes.supervision.api.disclosure.Severity;
import org.casenotes.supervision.api.licensure.LicensureRecords;
import org.casenotes.supervision.api.policy.ReviewPolicy;
import org.casenotes.supervision.api.review.Addendum;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.signature.ProfessionalLicence;
import org.casenotes.supervision.core.disclosure.SectionSnapshot;
import org.casenotes.supervision.core.storage.Migrations;
import org.casenotes.supervision.core.storage.Transactions;
import org.casenotes.supervision.core.testing.TestAuditSecrets;
import org.casenotes.supervision.example.ExampleClock;
import org.casenotes.supervision.example.ExampleHost;

/**
 * A small practice for review tests: the {@link ExampleHost} with the people and assignments
 * below, a hand-moved clock, a recording audit trail, map-backed sections, over a real, freshly
 * migrated database, and the review service under test.
 *
 * <p>Today is 2026-03-10. In organisation {@code org-a}: {@code clin} and {@code clin2} write
 * notes; {@code sup} supervises both (primary); {@code backup-in} stands in for {@code clin}'s
 * supervisor this month, {@code backup-out} did so in January and February; {@code
 * unassigned} supervises nobody; {@code admin} is an admin; {@code sup-author} is a supervisor
 * who writes notes, supervised by {@code sup}, and listed (wrongly) as their own supervisor.
 * In {@code org-b}, {@code sup-b} supervises a clinician whose id is also {@code clin}.
 *
 * <p>The clinic is itself the host context the service sees only for two faults a test switches
 * on, which a well-behaved example host must not have: a careless directory and note look-up
 * ({@link #careless}) and a listener whose store is down ({@link #listenerDown}). Every other
 * answer is the example host's.
 */
final class TestClinic implements HostContext {

    static final String ORG = "org-a";
    static final String OTHER_ORG = "org-b";
    static final Instant START = Instant.parse("2026-03-10T09:00:00Z");
    static final String ATTESTATION = "I reviewed this note and agree with its content.";

    static final Actor CLIN = Actor.of("clin", ORG, Role.CLINICIAN);
    static final Actor CLIN2 = Actor.of("clin2", ORG, Role.CLINICIAN);
    static final Actor SUP = Actor.of("sup", ORG, Role.SUPERVISOR);
    static final Actor BACKUP_IN = Actor.of("backup-in", ORG, Role.SUPERVISOR);
    static final Actor BACKUP_OUT = Actor.of("backup-out", ORG, Role.SUPERVISOR);
    static final Actor UNASSIGNED = Actor.of("unassigned", ORG, Role.SUPERVISOR);
    static final Actor ADMIN = Actor.of("admin", ORG, Role.ADMIN);
    static final Actor SUP_AUTHOR = Actor.of("sup-author", ORG, Role.CLINICIAN, Role.SUPERVISOR);
    static final Actor FOREIGN = Actor.of("sup-b", OTHER_ORG, Role.SUPERVISOR);

    private static final List<Actor> PEOPLE = List.of(CLIN, CLIN2, SUP, BACKUP_IN, BACKUP_OUT, UNASSIGNED, ADMIN,
            SUP_AUTHOR, FOREIGN);

    private static final List<SupervisionAssignment> ASSIGNMENTS = List.of(
            assignment(ORG, "sup", "clin", Kind.PRIMARY, "2025-01-01", null),
            assignment(ORG, "sup", "clin2", Kind.PRIMARY, "2025-01-01", null),
            assignment(ORG, "backup-in", "clin", Kind.BACKUP, "2026-03-01", "2026-03-31"),
            assignment(ORG, "backup-out", "clin", Kind.BACKUP, "2026-01-01", "2026-02-28"),
            assignment(ORG, "sup", "sup-author", Kind.PRIMARY, "2025-01-01", null),
            assignment(ORG, "sup-author", "sup-author", Kind.PRIMARY, "2025-01-01", null),
            assignment(OTHER_ORG, "sup-b", "clin", Kind.PRIMARY, "2025-01-01", null));

    final DataSource dataSource;
    final ExampleClock clock = new ExampleClock(START, java.time.ZoneOffset.UTC);
    /** The practice's host: people, assignments, notes, clients, billing records, sent events. */
    final ExampleHost host;
    final RecordingAuditTrail audit;
    /**
     * While set, the host answers too much: every assignment of every practice for any
     * clinician, and a note of that id from any practice, as a careless directory could.
     */
    volatile boolean careless;
    /** While set, the listener throws, as a host whose notification store is down. */
    volatile boolean listenerDown;
    /** Events of this type the listener throws on (the others it takes), or {@code null}. */
    volatile Class<? extends SupervisionEvent> listenerRefuses;
    final Map<String, SectionSnapshot> sections = new ConcurrentHashMap<>();
    volatile ReviewPolicy policy = new ReviewPolicy(3, 7, ATTESTATION, Set.of("motive", "risk"));
    final ReviewService reviews;
    private final AtomicInteger noteCounter = new AtomicInteger();

    TestClinic(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        this.host = new ExampleHost(dataSource, clock, TestAuditSecrets.fresh());
        for (Actor person : PEOPLE) {
            host.person(new Person(person.organisationId(), person.userId(), "Person " + person.userId(),
                    person == SUP ? "PhD, LPC-S" : "", person.roles()));
        }
        host.licence(ORG, SUP.userId(), new ProfessionalLicence("LPC-S", "12345", "US-TX"));
        ASSIGNMENTS.forEach(host::assign);
        Migrations.migrate(dataSource);
        this.audit = new RecordingAuditTrail(dataSource);
        this.reviews = new ReviewService(this, new Transactions(dataSource), audit,
                (tx, org, noteId) -> Optional.ofNullable(sections.get(org + "/" + noteId)),
                (tx, org) -> policy);
    }

    /** The host's note of that id in {@code org-a}, as the host's own screens show it. */
    ProgressNote noteOf(String noteId) {
        return host.notes().note(ORG, noteId).orElseThrow();
    }

    /** The events the host received, oldest first. */
    List<SupervisionEvent> sentEvents() {
        return host.sentEvents();
    }

    /**
     * Writes a new note in {@code org-a} by the given clinician, documented with the "no
     * self-disclosure this session" attestation (a submission requires a section).
     */
    String note(Actor author) {
        String noteId = undocumentedNote(author);
        attest(noteId);
        return noteId;
    }

    /** Writes a new note in {@code org-a} by the given clinician, without a section. */
    String undocumentedNote(Actor author) {
        String noteId = "note-" + noteCounter.incrementAndGet();
        host.note(new ProgressNote(ORG, noteId, "client-" + noteId, author.userId(),
                LocalDate.parse("2026-03-09"), "Individual psychotherapy, 53 min",
                "Client discussed the week; therapist shared a coping strategy."));
        return noteId;
    }

    /** Documents a note with the "no self-disclosure this session" attestation. */
    void attest(String noteId) {
        sections.put(ORG + "/" + noteId, new SectionSnapshot("{\"noSelfDisclosure\":true}", List.of(),
                policy.version(), false, "client-" + noteId, "2026-03-09"));
    }

    /** Moves a note's session date, as the host's own editor could. */
    void redate(String noteId, LocalDate sessionDate) {
        ProgressNote old = noteOf(noteId);
        host.note(new ProgressNote(old.organisationId(), old.noteId(), old.clientId(),
                old.clinicianId(), sessionDate, old.service(), old.text()));
    }

    /** Writes a note with a chosen id in {@code org-a} by the given clinician, once. */
    String noteIfAbsent(String noteId, Actor author) {
        synchronized (this) {
            if (host.notes().note(ORG, noteId).isEmpty()) {
                host.note(new ProgressNote(ORG, noteId, "client-" + noteId, author.userId(),
                        LocalDate.parse("2026-03-09"), "Individual psychotherapy, 53 min",
                        "Client discussed the week; therapist shared a coping strategy."));
            }
        }
        sections.putIfAbsent(ORG + "/" + noteId, new SectionSnapshot("{\"noSelfDisclosure\":true}", List.of(),
                policy.version(), false, "client-" + noteId, "2026-03-09"));
        return noteId;
    }

    /** Writes a note with a chosen id in any organisation, as another practice's host would. */
    void hostNote(String org, String noteId, String clinicianId) {
        host.note(new ProgressNote(org, noteId, "client-" + noteId, clinicianId,
                LocalDate.parse("2026-03-09"), "Family therapy, 50 min", "Another practice's note."));
        sections.put(org + "/" + noteId, new SectionSnapshot("{\"noSelfDisclosure\":true}", List.of(),
                policy.version(), false, "client-" + noteId, "2026-03-09"));
    }

    /** Gives a note a self-disclosure section raising flags of the given rules. */
    void section(String noteId, String... flagRules) {
        List<Flag> flags = new ArrayList<>();
        for (String rule : flagRules) {
            flags.add(new Flag(rule, Severity.REVIEW_REQUIRED, "rule " + rule + " raised", 0));
        }
        sections.put(ORG + "/" + noteId, new SectionSnapshot("{\"entries\":[{\"type\":\"STRATEGIES\"}]}", flags,
                policy.version(), false, "client-" + noteId, "2026-03-09"));
    }

    /** Changes the host's text of a note, as the host's own editor could. */
    void rewrite(String noteId, String text) {
        ProgressNote old = noteOf(noteId);
        host.note(new ProgressNote(old.organisationId(), old.noteId(), old.clientId(),
                old.clinicianId(), old.sessionDate(), old.service(), text));
    }

    /** The review as stored, read without going through the audited service. */
    Review stored(String noteId) {
        return new Transactions(dataSource).inTransaction("read", tx ->
                ReviewStore.find(tx, ORG, noteId).map(ReviewRow::toReview).orElseThrow());
    }

    /** An addendum as stored, read without going through the audited service. */
    Addendum storedAddendum(String noteId, String addendumId) {
        return new Transactions(dataSource).inTransaction("read", tx ->
                AddendumStore.find(tx, ORG, noteId, addendumId).orElseThrow());
    }

    <T extends SupervisionEvent> List<T> events(Class<T> type) {
        return host.sentEvents().stream().filter(type::isInstance).map(type::cast).toList();
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
        SupervisionDirectory honest = host.directory();
        return new SupervisionDirectory() {
            @Override
            public Optional<Person> person(String org, String userId) {
                return honest.person(org, userId);
            }

            @Override
            public Optional<ProfessionalLicence> licence(String org, String userId) {
                return honest.licence(org, userId);
            }

            @Override
            public boolean independentlyLicensed(String org, String userId) {
                return honest.independentlyLicensed(org, userId);
            }

            @Override
            public List<SupervisionAssignment> assignmentsOf(String org, String clinicianId) {
                return careless ? host.assignments() : honest.assignmentsOf(org, clinicianId);
            }

            @Override
            public List<SupervisionAssignment> assignmentsBy(String org, String supervisorId) {
                return honest.assignmentsBy(org, supervisorId);
            }
        };
    }

    @Override
    public NoteLookup notes() {
        NoteLookup honest = host.notes();
        return new NoteLookup() {
            @Override
            public Optional<ProgressNote> note(String org, String noteId) {
                if (careless) {
                    return honest.note(org, noteId).or(() -> honest.note(ORG, noteId))
                            .or(() -> honest.note(OTHER_ORG, noteId));
                }
                return honest.note(org, noteId);
            }

            @Override
            public Optional<ClientIdentity> client(String org, String clientId) {
                return honest.client(org, clientId);
            }

            @Override
            public Set<NoteProtection> protections(String org, String noteId) {
                return honest.protections(org, noteId);
            }
        };
    }

    @Override
    public SupervisionEventListener events() {
        SupervisionEventListener honest = host.events();
        return new SupervisionEventListener() {
            @Override
            public void onEvent(SupervisionEvent event) {
                refuseWhileDown();
                honest.onEvent(event);
            }

            @Override
            public void onEvent(String eventId, SupervisionEvent event) {
                refuseWhileDown();
                if (listenerRefuses != null && listenerRefuses.isInstance(event)) {
                    throw new IllegalStateException("the host cannot take this kind of event now");
                }
                honest.onEvent(eventId, event);
            }
        };
    }

    private void refuseWhileDown() {
        if (listenerDown) {
            throw new IllegalStateException("the host's notification store is down");
        }
    }

    @Override
    public PolicySource policies() {
        return host.policies();
    }

    @Override
    public BillingRecords billing() {
        return host.billing();
    }

    @Override
    public LicensureRecords licensure() {
        return host.licensure();
    }

    @Override
    public List<java.nio.file.Path> packetFonts() {
        return host.packetFonts();
    }

    @Override
    public AuditSecrets auditSecrets() {
        return host.auditSecrets();
    }

    private static SupervisionAssignment assignment(String org, String supervisor, String clinician, Kind kind,
            String from, String to) {
        return new SupervisionAssignment(org, supervisor, clinician, kind, LocalDate.parse(from),
                to == null ? null : LocalDate.parse(to));
    }
}
