package org.casenotes.supervision.core.packet;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.ClientIdentity;
import org.casenotes.supervision.api.NoteProtection;
import org.casenotes.supervision.api.Person;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.SupervisionAssignment.Kind;
import org.casenotes.supervision.api.audit.AuditSecrets;
import org.casenotes.supervision.api.signature.ProfessionalLicence;
import org.casenotes.supervision.example.ExampleAuditSecrets;
import org.casenotes.supervision.example.ExampleClock;
import org.casenotes.supervision.example.ExampleHost;

/**
 * A small practice for packet tests: named staff and assignments, clients with names and
 * dates of birth, notes, a hand-moved clock in Madrid time, and the example host's record of every client
 * look-up, so a test can tell the host's client data was never asked for. The host is the
 * README's {@link ExampleHost}.
 *
 * <p>In {@code org-p}: {@code sup} (Dana Ortiz) supervises {@code clin} (Alex Rivera) and
 * {@code clin2} (Sam Lee); {@code sup2} supervises only {@code clin2}. In {@code org-q}:
 * {@code sup-q} supervises {@code clin-q}.
 */
final class PacketClinic {

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
    final ExampleClock clock = new ExampleClock(Instant.parse("2026-03-10T09:00:00Z"), ZONE);
    final ExampleHost host;

    PacketClinic(DataSource dataSource) {
        this(dataSource, new ExampleAuditSecrets());
    }

    /** A clinic over a database another clinic wrote, with that clinic's audit secrets. */
    PacketClinic(DataSource dataSource, AuditSecrets secrets) {
        this.dataSource = dataSource;
        this.host = new ExampleHost(dataSource, clock, secrets)
                .person(new Person(ORG, "sup", "Dana Ortiz", "LPC-S", Set.of(Role.SUPERVISOR)))
                .person(new Person(ORG, "sup2", "Kim Novak", "", Set.of(Role.SUPERVISOR)))
                .person(new Person(ORG, "clin", "Alex Rivera", "LPC-A", Set.of(Role.CLINICIAN)))
                .person(new Person(ORG, "clin2", "Sam Lee", "", Set.of(Role.CLINICIAN)))
                .person(new Person(OTHER_ORG, "sup-q", "Quinn Park", "", Set.of(Role.SUPERVISOR)))
                .person(new Person(OTHER_ORG, "clin-q", "Robin Diaz", "", Set.of(Role.CLINICIAN)))
                .assign(new SupervisionAssignment(ORG, "sup", "clin", Kind.PRIMARY, LocalDate.of(2025, 1, 1), null))
                .assign(new SupervisionAssignment(ORG, "sup", "clin2", Kind.PRIMARY, LocalDate.of(2025, 1, 1), null))
                .assign(new SupervisionAssignment(ORG, "sup2", "clin2", Kind.BACKUP, LocalDate.of(2025, 1, 1), null))
                .assign(new SupervisionAssignment(OTHER_ORG, "sup-q", "clin-q", Kind.PRIMARY, LocalDate.of(2025, 1, 1),
                        null))
                .licence(ORG, "sup", new ProfessionalLicence("LPC-S", "70012", "US-TX"));
        CLIENTS.forEach(host::client);
    }

    /** Marks one of {@link #ORG}'s notes as Part 2 material or a psychotherapy note. */
    void protect(String noteId, NoteProtection... marks) {
        host.protect(ORG, noteId, Set.of(marks));
    }

    /** Writes a host note for a clinician and client on a day. */
    ProgressNote note(String noteId, Actor clinician, String clientId, LocalDate day) {
        ProgressNote note = new ProgressNote(ORG, noteId, clientId, clinician.userId(), day,
                "Individual psychotherapy, 53 min", "Session note " + noteId + ".");
        host.note(note);
        return note;
    }
}
