package org.casenotes.supervision.core.licensure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.casenotes.supervision.api.Actor;
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
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.audit.AuditSecrets;
import org.casenotes.supervision.api.licensure.LicensureRecords;
import org.casenotes.supervision.api.meeting.Attendance;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.MeetingPlan;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.api.signature.ProfessionalLicence;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.testing.TestAuditSecrets;

/**
 * A practice over a real database, reached through the module the provider creates: one
 * supervisor, three supervisees, the host's rule pack per supervisee and client hours per week.
 */
final class LicensureClinic implements HostContext {

    static final ZoneId ZONE = ZoneId.of("America/Chicago");
    static final String ORG = "org-1";
    static final Actor SUP = Actor.of("sup-1", ORG, Role.SUPERVISOR);
    static final Actor ADMIN = Actor.of("admin-1", ORG, Role.ADMIN);
    static final Actor OTHER = Actor.of("clin-9", ORG, Role.CLINICIAN);

    final Map<String, String> packs = new ConcurrentHashMap<>();
    final Map<LocalDate, BigDecimal> directHours = new ConcurrentHashMap<>();
    final Map<String, String> names = new ConcurrentHashMap<>();
    /** The day sup-1's assignment to a clinician ended, when it has. */
    final Map<String, LocalDate> endedOn = new ConcurrentHashMap<>();
    private final DataSource db;
    private final PolicySource policy;
    private final AuditSecrets secrets = TestAuditSecrets.fresh();
    final SupervisionModule module;

    LicensureClinic(DataSource db, PolicySource policy) {
        this.db = db;
        this.policy = policy;
        this.module = new SupervisionModuleFactory().create(this);
    }

    Meeting held(MeetingFormat format, Modality modality, String start, int minutes, Map<String, Attendance> away,
            String... supervisees) {
        Meeting m = module.meetings().plan(SUP, new MeetingPlan(List.of(supervisees),
                LocalDateTime.parse(start).atZone(ZONE).toInstant(), minutes, format, modality));
        if (!away.isEmpty()) {
            m = module.meetings().recordAttendance(SUP, m.id(), m.version(), away);
        }
        return module.meetings().markHeld(SUP, m.id(), m.version());
    }

    @Override
    public DataSource dataSource() {
        return db;
    }

    @Override
    public Clock clock() {
        return Clock.fixed(Instant.parse("2026-04-15T15:00:00Z"), ZONE);
    }

    @Override
    public SupervisionDirectory directory() {
        return new SupervisionDirectory() {
            @Override
            public Optional<Person> person(String organisationId, String userId) {
                if (userId.startsWith("unknown")) {
                    return Optional.empty();
                }
                return Optional.of(new Person(organisationId, userId,
                        names.getOrDefault(userId, "Person " + userId),
                        userId.startsWith("sup") ? "PhD, LMFT" : "AMFT",
                        EnumSet.of(userId.startsWith("sup") ? Role.SUPERVISOR : Role.CLINICIAN)));
            }

            @Override
            public Optional<ProfessionalLicence> licence(String organisationId, String userId) {
                return userId.startsWith("sup") ? Optional.of(new ProfessionalLicence("LMFT", "98765", "US-CA"))
                        : Optional.empty();
            }

            @Override
            public List<SupervisionAssignment> assignmentsOf(String organisationId, String clinicianId) {
                return clinicianId.equals("clin-9") ? List.of() : List.of(new SupervisionAssignment(organisationId,
                        "sup-1", clinicianId, SupervisionAssignment.Kind.PRIMARY, LocalDate.of(2025, 1, 1),
                        endedOn.get(clinicianId)));
            }

            @Override
            public List<SupervisionAssignment> assignmentsBy(String organisationId, String supervisorId) {
                return supervisorId.equals("sup-1") ? List.of("clin-1", "clin-2", "clin-3").stream()
                        .map(c -> new SupervisionAssignment(organisationId, "sup-1", c,
                                SupervisionAssignment.Kind.PRIMARY, LocalDate.of(2025, 1, 1), null)).toList()
                        : List.of();
            }
        };
    }

    @Override
    public LicensureRecords licensure() {
        return new LicensureRecords() {
            @Override
            public Optional<String> rulePackOf(String organisationId, String superviseeId) {
                return Optional.ofNullable(packs.get(superviseeId));
            }

            @Override
            public Optional<BigDecimal> directClientHours(String organisationId, String superviseeId,
                    LocalDate first, LocalDate last) {
                return directHours.isEmpty() ? Optional.empty()
                        : Optional.of(directHours.getOrDefault(first, BigDecimal.ZERO));
            }
        };
    }

    @Override
    public NoteLookup notes() {
        return new NoteLookup() {
            @Override
            public Optional<ProgressNote> note(String organisationId, String noteId) {
                return Optional.empty();
            }

            @Override
            public Optional<ClientIdentity> client(String organisationId, String clientId) {
                return Optional.empty();
            }
        };
    }

    @Override
    public SupervisionEventListener events() {
        return SupervisionEventListener.NONE;
    }

    @Override
    public PolicySource policies() {
        return policy;
    }

    @Override
    public AuditSecrets auditSecrets() {
        return secrets;
    }
}
