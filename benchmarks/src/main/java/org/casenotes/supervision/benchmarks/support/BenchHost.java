package org.casenotes.supervision.benchmarks.support;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.casenotes.supervision.api.ClientIdentity;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.NoteLookup;
import org.casenotes.supervision.api.Person;
import org.casenotes.supervision.api.PolicySource;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.SupervisionDirectory;
import org.casenotes.supervision.api.SupervisionEventListener;
import org.casenotes.supervision.api.audit.AuditSecrets;

/**
 * A minimal host for benchmarks: in every organisation one supervisor ({@value #SUPERVISOR})
 * is the primary supervisor of clinicians {@code clin-0 .. clin-(n-1)}; notes live in a map.
 */
public final class BenchHost implements HostContext, SupervisionDirectory, NoteLookup {

    /** The supervisor's user id in every organisation. */
    public static final String SUPERVISOR = "sup";
    private static final LocalDate SINCE = LocalDate.of(2020, 1, 1);

    private final DataSource dataSource;
    private final int clinicians;
    private final AuditSecrets secrets;
    private final Map<String, ProgressNote> notes = new ConcurrentHashMap<>();

    /**
     * A host over a database.
     *
     * @param dataSource the database
     * @param clinicians how many clinicians each organisation's supervisor supervises
     */
    public BenchHost(DataSource dataSource, int clinicians) {
        this(dataSource, clinicians, new MemoryAuditSecrets());
    }

    /**
     * A host over a database with given audit secrets.
     *
     * @param dataSource the database
     * @param clinicians how many clinicians each organisation's supervisor supervises
     * @param secrets the audit keys and checkpoint sink
     */
    public BenchHost(DataSource dataSource, int clinicians, AuditSecrets secrets) {
        this.dataSource = dataSource;
        this.clinicians = clinicians;
        this.secrets = secrets;
    }

    /**
     * The id of the i-th clinician.
     *
     * @param i the index
     * @return the user id
     */
    public static String clinician(int i) {
        return "clin-" + i;
    }

    /**
     * Adds a note the host knows.
     *
     * @param note the note
     */
    public void put(ProgressNote note) {
        notes.put(note.organisationId() + "/" + note.noteId(), note);
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public SupervisionDirectory directory() {
        return this;
    }

    @Override
    public NoteLookup notes() {
        return this;
    }

    @Override
    public SupervisionEventListener events() {
        // A listener that takes every event, so the outbox's write and delivery are measured.
        return event -> delivered.incrementAndGet();
    }

    private final java.util.concurrent.atomic.AtomicLong delivered = new java.util.concurrent.atomic.AtomicLong();

    /**
     * The listener of the hand-written baseline's outbox: takes an event id as the module's
     * listener takes an event.
     *
     * @param eventId the delivered event's id
     */
    public void deliveredBaseline(String eventId) {
        delivered.incrementAndGet();
    }

    @Override
    public PolicySource policies() {
        return PolicySource.BUILT_IN;
    }

    @Override
    public AuditSecrets auditSecrets() {
        return secrets;
    }

    @Override
    public Optional<Person> person(String organisationId, String userId) {
        Set<Role> roles = SUPERVISOR.equals(userId) ? Set.of(Role.SUPERVISOR) : Set.of(Role.CLINICIAN);
        return Optional.of(new Person(organisationId, userId, "User " + userId, "LCSW", roles));
    }

    @Override
    public List<SupervisionAssignment> assignmentsOf(String organisationId, String clinicianId) {
        return List.of(assignment(organisationId, clinicianId));
    }

    @Override
    public List<SupervisionAssignment> assignmentsBy(String organisationId, String supervisorId) {
        List<SupervisionAssignment> all = new ArrayList<>();
        if (SUPERVISOR.equals(supervisorId)) {
            for (int i = 0; i < clinicians; i++) {
                all.add(assignment(organisationId, clinician(i)));
            }
        }
        return all;
    }

    private static SupervisionAssignment assignment(String org, String clinicianId) {
        return new SupervisionAssignment(org, SUPERVISOR, clinicianId, SupervisionAssignment.Kind.PRIMARY,
                SINCE, null);
    }

    @Override
    public Optional<ProgressNote> note(String organisationId, String noteId) {
        return Optional.ofNullable(notes.get(organisationId + "/" + noteId));
    }

    @Override
    public Optional<ClientIdentity> client(String organisationId, String clientId) {
        return Optional.of(new ClientIdentity(organisationId, clientId, "Alex", "Client", LocalDate.of(1990, 1, 1)));
    }
}
