package org.casenotes.supervision.example;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.casenotes.supervision.api.ClientIdentity;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.NoteLookup;
import org.casenotes.supervision.api.NoteProtection;
import org.casenotes.supervision.api.Person;
import org.casenotes.supervision.api.PolicySource;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.SupervisionDirectory;
import org.casenotes.supervision.api.SupervisionEvent;
import org.casenotes.supervision.api.SupervisionEventListener;
import org.casenotes.supervision.api.audit.AuditSecrets;
import org.casenotes.supervision.api.billing.BillingRecords;
import org.casenotes.supervision.api.billing.SupervisorPresence;
import org.casenotes.supervision.api.licensure.LicensureRecords;
import org.casenotes.supervision.api.signature.ProfessionalLicence;

/**
 * A complete, minimal {@link HostContext}, written against {@code plugin-api} alone, as a
 * vendor's first one would be: people, assignments, notes and clients in memory, events kept
 * in a list, the built-in policy and audit keys held in memory ({@link ExampleAuditSecrets}).
 * A real host answers the same questions from its own tables; the README shows this class.
 *
 * <p>Thread-safe: every collection is concurrent, as the plugin calls from any request thread.
 */
public final class ExampleHost implements HostContext {

    private final DataSource dataSource;
    private final Clock clock;
    private final AuditSecrets auditSecrets;
    private final Map<String, Person> people = new ConcurrentHashMap<>();
    private final Map<String, ProfessionalLicence> licences = new ConcurrentHashMap<>();
    private final List<SupervisionAssignment> assignments = new CopyOnWriteArrayList<>();
    private final Map<String, ProgressNote> notes = new ConcurrentHashMap<>();
    private final Map<String, ClientIdentity> clients = new ConcurrentHashMap<>();
    private final List<SupervisionEvent> events = new CopyOnWriteArrayList<>();
    private final List<String> eventIds = new CopyOnWriteArrayList<>();
    private final Set<String> independentlyLicensed = ConcurrentHashMap.newKeySet();
    private final Map<String, String> payerGroups = new ConcurrentHashMap<>();
    private final Map<String, SupervisorPresence> presence = new ConcurrentHashMap<>();
    private final List<String> clientLookups = new CopyOnWriteArrayList<>();
    private final Map<String, Set<NoteProtection>> protections = new ConcurrentHashMap<>();
    private volatile LicensureRecords licensure = LicensureRecords.NONE;
    private volatile PolicySource policies = PolicySource.BUILT_IN;

    /**
     * Creates the host over a pooled data source (one connection is enough).
     *
     * @param dataSource the database the plugin keeps its {@code sr_} tables in
     * @param clock the clock every time stamp is taken from
     * @param auditSecrets the audit chain's keys; keep the same ones across restarts
     */
    public ExampleHost(DataSource dataSource, Clock clock, AuditSecrets auditSecrets) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.auditSecrets = auditSecrets;
    }

    /**
     * Adds a person of the practice.
     *
     * @param person the person
     * @return this host
     */
    public ExampleHost person(Person person) {
        people.put(person.organisationId() + "/" + person.userId(), person);
        return this;
    }

    /**
     * Records a person's professional licence, shown with their electronic signatures.
     *
     * @param organisationId the practice
     * @param userId the person
     * @param licence their licence
     * @return this host
     */
    public ExampleHost licence(String organisationId, String userId, ProfessionalLicence licence) {
        licences.put(organisationId + "/" + userId, licence);
        return this;
    }

    /**
     * Makes a supervisor responsible for a clinician.
     *
     * @param assignment who, whom, since when
     * @return this host
     */
    public ExampleHost assign(SupervisionAssignment assignment) {
        assignments.add(assignment);
        return this;
    }

    /**
     * Every supervision assignment of every practice, as the host's own administration lists them.
     *
     * @return the assignments, in the order they were made
     */
    public List<SupervisionAssignment> assignments() {
        return List.copyOf(assignments);
    }

    /**
     * Ends a supervisor's open assignments to a clinician (the supervision stopped on that
     * day); assignments that had already ended keep their own last day.
     *
     * @param organisationId the practice
     * @param supervisorId the supervisor
     * @param clinicianId the clinician
     * @param lastDay the last day of supervision
     * @return this host
     */
    public ExampleHost endAssignment(String organisationId, String supervisorId, String clinicianId,
            java.time.LocalDate lastDay) {
        assignments.replaceAll(a -> a.organisationId().equals(organisationId) && a.supervisorId().equals(supervisorId)
                && a.clinicianId().equals(clinicianId) && a.validTo() == null
                ? new SupervisionAssignment(organisationId, supervisorId, clinicianId, a.kind(), a.validFrom(), lastDay)
                : a);
        return this;
    }

    /**
     * Records that a clinician holds an independent licence, so their notes need no co-sign.
     *
     * @param organisationId the practice
     * @param userId the clinician
     * @return this host
     */
    public ExampleHost independentlyLicensed(String organisationId, String userId) {
        independentlyLicensed.add(organisationId + "/" + userId);
        return this;
    }

    /**
     * Records the payer group a note is billed to (its billing rule may require a co-sign).
     *
     * @param organisationId the note's organisation
     * @param noteId the note's id
     * @param group the payer group, as the policy names it
     * @return this host
     */
    public ExampleHost payerGroup(String organisationId, String noteId, String group) {
        payerGroups.put(organisationId + "/" + noteId, group);
        return this;
    }

    /**
     * Records how the supervisor was present at a note's session.
     *
     * @param organisationId the note's organisation
     * @param noteId the note's id
     * @param supervisorPresence how the supervisor was present
     * @return this host
     */
    public ExampleHost supervisorPresence(String organisationId, String noteId, SupervisorPresence supervisorPresence) {
        presence.put(organisationId + "/" + noteId, supervisorPresence);
        return this;
    }

    /**
     * Adds a client and one of their progress notes.
     *
     * @param client the client
     * @param note the note
     * @return this host
     */
    public ExampleHost note(ClientIdentity client, ProgressNote note) {
        clients.put(client.organisationId() + "/" + client.clientId(), client);
        notes.put(note.organisationId() + "/" + note.noteId(), note);
        return this;
    }

    /**
     * Adds a client without a note.
     *
     * @param client the client
     * @return this host
     */
    public ExampleHost client(ClientIdentity client) {
        clients.put(client.organisationId() + "/" + client.clientId(), client);
        return this;
    }

    /**
     * Adds a progress note, or replaces the note of that id (the clinician edited it).
     *
     * @param note the note
     * @return this host
     */
    public ExampleHost note(ProgressNote note) {
        notes.put(note.organisationId() + "/" + note.noteId(), note);
        return this;
    }

    /**
     * Marks a note as kept under special protection (42 CFR Part 2 material, or a psychotherapy
     * note kept apart from the progress notes); replaces what was marked before.
     *
     * @param organisationId the note's organisation
     * @param noteId the note's id
     * @param marks the protections, none to clear
     * @return this host
     */
    public ExampleHost protect(String organisationId, String noteId, Set<NoteProtection> marks) {
        protections.put(organisationId + "/" + noteId, Set.copyOf(marks));
        return this;
    }

    /**
     * The client ids the plugin has asked for, oldest first, so a test can tell that the
     * host's client data was never asked for.
     *
     * @return the client ids asked
     */
    public List<String> clientLookups() {
        return List.copyOf(clientLookups);
    }

    /** Forgets the client look-ups so far. */
    public void forgetClientLookups() {
        clientLookups.clear();
    }

    /**
     * Answers the licensure questions (each supervisee's board rule pack, their direct client
     * hours, the host's own rule packs); without it, the policy's default pack applies.
     *
     * @param records the host's licensure records
     * @return this host
     */
    public ExampleHost licensure(LicensureRecords records) {
        this.licensure = records;
        return this;
    }

    /**
     * Gives each organisation its own policy document; without it, the built-in policy applies.
     *
     * @param source the host's policy documents
     * @return this host
     */
    public ExampleHost policies(PolicySource source) {
        this.policies = source;
        return this;
    }

    /** The events the plugin has sent, oldest first. @return the events */
    public List<SupervisionEvent> sentEvents() {
        return List.copyOf(events);
    }

    /**
     * The ids of the events the plugin has sent, oldest first: a redelivered event comes with
     * the id it had the first time, which is how a host recognises it.
     *
     * @return the event ids
     */
    public List<String> sentEventIds() {
        return List.copyOf(eventIds);
    }

    /** Forgets the events sent so far, and their ids. */
    public void forgetSentEvents() {
        events.clear();
        eventIds.clear();
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
            public Optional<Person> person(String organisationId, String userId) {
                return Optional.ofNullable(people.get(organisationId + "/" + userId));
            }

            @Override
            public Optional<ProfessionalLicence> licence(String organisationId, String userId) {
                return Optional.ofNullable(licences.get(organisationId + "/" + userId));
            }

            @Override
            public List<SupervisionAssignment> assignmentsOf(String organisationId, String clinicianId) {
                return assignments.stream().filter(a -> a.organisationId().equals(organisationId)
                        && a.clinicianId().equals(clinicianId)).toList();
            }

            @Override
            public List<SupervisionAssignment> assignmentsBy(String organisationId, String supervisorId) {
                return assignments.stream().filter(a -> a.organisationId().equals(organisationId)
                        && a.supervisorId().equals(supervisorId)).toList();
            }

            @Override
            public boolean independentlyLicensed(String organisationId, String userId) {
                return ExampleHost.this.independentlyLicensed.contains(organisationId + "/" + userId);
            }
        };
    }

    @Override
    public NoteLookup notes() {
        return new NoteLookup() {
            @Override
            public Optional<ProgressNote> note(String organisationId, String noteId) {
                return Optional.ofNullable(notes.get(organisationId + "/" + noteId));
            }

            @Override
            public Optional<ClientIdentity> client(String organisationId, String clientId) {
                clientLookups.add(clientId);
                return Optional.ofNullable(clients.get(organisationId + "/" + clientId));
            }

            @Override
            public Set<NoteProtection> protections(String organisationId, String noteId) {
                return protections.getOrDefault(organisationId + "/" + noteId, Set.of());
            }
        };
    }

    @Override
    public SupervisionEventListener events() {
        return new SupervisionEventListener() {
            @Override
            public void onEvent(SupervisionEvent event) {
                events.add(event);
            }

            @Override
            public void onEvent(String eventId, SupervisionEvent event) {
                eventIds.add(eventId);
                events.add(event);
            }
        };
    }

    @Override
    public PolicySource policies() {
        return policies;
    }

    @Override
    public LicensureRecords licensure() {
        return licensure;
    }

    @Override
    public BillingRecords billing() {
        return new BillingRecords() {
            @Override
            public Optional<String> payerGroupOf(String organisationId, String noteId) {
                return Optional.ofNullable(payerGroups.get(organisationId + "/" + noteId));
            }

            @Override
            public Optional<SupervisorPresence> supervisorPresence(String organisationId, String noteId) {
                return Optional.ofNullable(presence.get(organisationId + "/" + noteId));
            }
        };
    }

    @Override
    public AuditSecrets auditSecrets() {
        return auditSecrets;
    }
}
