package org.casenotes.supervision.core.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.ClientIdentity;
import org.casenotes.supervision.api.NoteLookup;
import org.casenotes.supervision.api.Person;
import org.casenotes.supervision.api.PolicySource;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.SupervisionDirectory;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.disclosure.SaveSection;
import org.casenotes.supervision.core.audit.AuditEntry;
import org.casenotes.supervision.core.audit.AuditTrail;
import org.casenotes.supervision.core.policy.PolicyService;
import org.casenotes.supervision.core.storage.Migrations;
import org.casenotes.supervision.core.storage.Transactions;

/**
 * The disclosure and policy services over a freshly migrated database, with a recording audit
 * trail and a directory in which {@code sup-1} supervises {@code clin-1} in organisation
 * {@code org-a}.
 */
final class DisclosureFixture {

    static final String ORG = "org-a";
    static final Actor CLINICIAN = Actor.of("clin-1", ORG, Role.CLINICIAN);
    static final Actor OTHER_CLINICIAN = Actor.of("clin-2", ORG, Role.CLINICIAN);
    static final Actor SUPERVISOR = Actor.of("sup-1", ORG, Role.SUPERVISOR);
    static final Actor OTHER_SUPERVISOR = Actor.of("sup-2", ORG, Role.SUPERVISOR);
    static final Actor ADMIN = Actor.of("admin-1", ORG, Role.ADMIN);
    static final Actor CLINICIAN_ELSEWHERE = Actor.of("clin-1", "org-b", Role.CLINICIAN);
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    final DataSource dataSource;
    final Transactions transactions;
    final List<AuditEntry> audit = new CopyOnWriteArrayList<>();
    final PolicyService policies;
    final DisclosureService disclosures;

    DisclosureFixture(DataSource dataSource) {
        this(dataSource, null);
    }

    /** With an audit trail that fails on the given action, to prove nothing is stored then. */
    DisclosureFixture(DataSource dataSource, AuditAction failOn) {
        this.dataSource = dataSource;
        Migrations.migrate(dataSource);
        this.transactions = new Transactions(dataSource);
        Clock clock = Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC);
        AuditTrail trail = (tx, entry) -> {
            if (entry.action() == failOn) {
                throw new java.sql.SQLException("audit store unavailable", "08006");
            }
            audit.add(entry);
        };
        this.policies = new PolicyService(transactions, clock, PolicySource.BUILT_IN, trail);
        this.disclosures = new DisclosureService(transactions, clock, new Directory(), new Notes(), policies, trail,
                SectionEditGuard.NONE);
    }

    static SaveSection save(String noteId, String clientId, LocalDate day, long expectedVersion, String json) {
        return new SaveSection(noteId, clientId, CLINICIAN.userId(), day, expectedVersion, json);
    }

    /** The host knows one note, {@code host-note}: client {@code c1}, {@code clin-1}, on {@link #DAY}. */
    private static final class Notes implements NoteLookup {

        @Override
        public Optional<ProgressNote> note(String organisationId, String noteId) {
            if (organisationId.equals(ORG) && noteId.equals("host-note")) {
                return Optional.of(new ProgressNote(ORG, noteId, "c1", CLINICIAN.userId(),
                        DAY, "90834", "note text"));
            }
            return Optional.empty();
        }

        @Override
        public Optional<ClientIdentity> client(String organisationId, String clientId) {
            return Optional.empty();
        }
    }

    /** {@code sup-1} supervises {@code clin-1} from 2026 on. */
    private static final class Directory implements SupervisionDirectory {

        @Override
        public Optional<Person> person(String organisationId, String userId) {
            return Optional.empty();
        }

        @Override
        public List<SupervisionAssignment> assignmentsOf(String organisationId, String clinicianId) {
            if (organisationId.equals(ORG) && clinicianId.equals(CLINICIAN.userId())) {
                return List.of(new SupervisionAssignment(ORG, SUPERVISOR.userId(), clinicianId,
                        SupervisionAssignment.Kind.PRIMARY, LocalDate.of(2026, 1, 1), null));
            }
            return List.of();
        }

        @Override
        public List<SupervisionAssignment> assignmentsBy(String organisationId, String supervisorId) {
            return List.of();
        }
    }
}
