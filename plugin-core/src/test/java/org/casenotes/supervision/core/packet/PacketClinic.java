package org.casenotes.supervision.core.packet;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.ClientIdentity;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.NoteLookup;
import org.casenotes.supervision.api.NoteProtection;
import org.casenotes.supervision.api.signature.ProfessionalLicence;
import org.casenotes.supervision.api.Person;
import org.casenotes.supervision.api.PolicySource;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.SupervisionAssignment.Kind;
import org.casenotes.supervision.api.SupervisionDirectory;
import org.casenotes.supervision.api.SupervisionEventListener;
import org.casenotes.supervision.api.audit.AuditSecrets;
import org.casenotes.supervision.core.testing.TestAuditSecrets;

/**
 * A small practice for packet tests: named staff and assignments, clients with names and
 * dates of birth, notes in a map, a hand-moved clock in Madrid time, and a record of every
 * client look-up, so a test can tell the host's client data was never asked for.
 *
 * <p>In {@code org-p}: {@code sup} (Dana Ortiz) supervises {@code clin} (Alex Rivera) and
 * {@code clin2} (Sam Lee); {@code sup2} supervises only {@code clin2}. In {@code org-q}:
 * {@code sup-q} supervises {@code clin-q}.
 */
final class PacketClinic implements HostContext {

    static final String ORG = "org-p";
    static final String OTHER_ORG = "org-q";
    static final ZoneId ZONE = ZoneId.of("Europe/Madrid");
    static final Actor SUP = Actor.of("sup", ORG, Role.SUPERVISOR);
    static final Actor SUP2 = Actor.of("sup2", ORG, Role.SUPERVISOR);
    static final Actor CLIN = Actor.of("clin", ORG, Role.CLINICIAN);
    static final Actor CLIN2 = Actor.of("clin2", ORG, Role.CLINICIAN);
    static final Actor FOREIGN = Actor.of("sup-q", OTHER_ORG, Role.SUPERVISOR);

    /** Every client of the data set, with what must never reach a coded packet. */
    static final List<ClientIdentity> CLIENTS = List.of(
            new ClientIdentity(ORG, "client-1", "Marisol", "Quintanilla", LocalDate.of(1987, 4, 12)),
            new ClientIdentity(ORG, "client-2", "Theodora", "Vasquez-Lindqvist", LocalDate.of(1992, 11, 3)),
            new ClientIdentity(ORG, "client-3", "Bartholomew", "Okonkwo", LocalDate.of(1979, 1, 30)),
            new ClientIdentity(ORG, "client-4", "Ingrid", "Halvorsen", LocalDate.of(2001, 7, 19)));

    final DataSource dataSource;
    final MovableClock clock = new MovableClock(Instant.parse("2026-03-10T09:00:00Z"));
    final Map<String, ProgressNote> notes = new ConcurrentHashMap<>();
    final List<String> clientLookups = new CopyOnWriteArrayList<>();
    /** The protections the host places on notes, by note id in {@link #ORG}; none unless a test sets them. */
    final Map<String, Set<NoteProtection>> protections = new ConcurrentHashMap<>();
    private final TestAuditSecrets secrets;
    private final Map<String, Person> people = Map.of(
            key(ORG, "sup"), new Person(ORG, "sup", "Dana Ortiz", "LPC-S", Set.of(Role.SUPERVISOR)),
            key(ORG, "sup2"), new Person(ORG, "sup2", "Kim Novak", "", Set.of(Role.SUPERVISOR)),
            key(ORG, "clin"), new Person(ORG, "clin", "Alex Rivera", "LPC-A", Set.of(Role.CLINICIAN)),
            key(ORG, "clin2"), new Person(ORG, "clin2", "Sam Lee", "", Set.of(Role.CLINICIAN)),
            key(OTHER_ORG, "sup-q"), new Person(OTHER_ORG, "sup-q", "Quinn Park", "", Set.of(Role.SUPERVISOR)),
            key(OTHER_ORG, "clin-q"), new Person(OTHER_ORG, "clin-q", "Robin Diaz", "", Set.of(Role.CLINICIAN)));
    private final List<SupervisionAssignment> assignments = List.of(
            new SupervisionAssignment(ORG, "sup", "clin", Kind.PRIMARY, LocalDate.of(2025, 1, 1), null),
            new SupervisionAssignment(ORG, "sup", "clin2", Kind.PRIMARY, LocalDate.of(2025, 1, 1), null),
            new SupervisionAssignment(ORG, "sup2", "clin2", Kind.BACKUP, LocalDate.of(2025, 1, 1), null),
            new SupervisionAssignment(OTHER_ORG, "sup-q", "clin-q", Kind.PRIMARY, LocalDate.of(2025, 1, 1), null));

    PacketClinic(DataSource dataSource) {
        this(dataSource, TestAuditSecrets.fresh());
    }

    /** A clinic over a database another clinic wrote, with that clinic's audit secrets. */
    PacketClinic(DataSource dataSource, TestAuditSecrets secrets) {
        this.dataSource = dataSource;
        this.secrets = secrets;
    }

    /** Writes a host note for a clinician and client on a day. */
    ProgressNote note(String noteId, Actor clinician, String clientId, LocalDate day) {
        ProgressNote note = new ProgressNote(ORG, noteId, clientId, clinician.userId(), day,
                "Individual psychotherapy, 53 min", "Session note " + noteId + ".");
        notes.put(key(ORG, noteId), note);
        return note;
    }

    private static String key(String org, String id) {
        return org + "/" + id;
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
        return new SupervisionDirectory() {
            @Override
            public Optional<Person> person(String org, String userId) {
                return Optional.ofNullable(people.get(key(org, userId)));
            }

            @Override
            public Optional<ProfessionalLicence> licence(String org, String userId) {
                return ORG.equals(org) && "sup".equals(userId)
                        ? Optional.of(new ProfessionalLicence("LPC-S", "70012", "US-TX")) : Optional.empty();
            }

            @Override
            public List<SupervisionAssignment> assignmentsOf(String org, String clinicianId) {
                return assignments.stream()
                        .filter(a -> a.organisationId().equals(org) && a.clinicianId().equals(clinicianId)).toList();
            }

            @Override
            public List<SupervisionAssignment> assignmentsBy(String org, String supervisorId) {
                return assignments.stream()
                        .filter(a -> a.organisationId().equals(org) && a.supervisorId().equals(supervisorId)).toList();
            }
        };
    }

    @Override
    public NoteLookup notes() {
        return new NoteLookup() {
            @Override
            public Optional<ProgressNote> note(String org, String noteId) {
                return Optional.ofNullable(notes.get(key(org, noteId)));
            }

            @Override
            public Optional<ClientIdentity> client(String org, String clientId) {
                clientLookups.add(clientId);
                return CLIENTS.stream().filter(c -> c.organisationId().equals(org) && c.clientId().equals(clientId))
                        .findFirst();
            }

            @Override
            public Set<NoteProtection> protections(String org, String noteId) {
                return ORG.equals(org) ? protections.getOrDefault(noteId, Set.of()) : Set.of();
            }
        };
    }

    @Override
    public SupervisionEventListener events() {
        return SupervisionEventListener.NONE;
    }

    @Override
    public PolicySource policies() {
        return PolicySource.BUILT_IN;
    }

    @Override
    public AuditSecrets auditSecrets() {
        return secrets;
    }

    /** A clock the test moves forward by hand. */
    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("the practice's zone is fixed");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
