package org.casenotes.supervision.core.meeting;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Person;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.meeting.AgendaReason;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.MeetingPlan;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.core.audit.AuditEntry;
import org.casenotes.supervision.core.storage.Migrations;
import org.casenotes.supervision.core.storage.Transactions;
import org.casenotes.supervision.example.ExampleAuditSecrets;
import org.casenotes.supervision.example.ExampleClock;
import org.casenotes.supervision.example.ExampleHost;

/**
 * A small practice for meeting tests over a real, migrated database: the README's
 * {@link ExampleHost} with its people and assignments, a settable clock in the practice's time zone, agenda candidates kept in a list,
 * and an audit trail that records what committed.
 */
final class MeetingClinic {

    static final ZoneId ZONE = ZoneId.of("America/Chicago");
    static final String ORG = "org-1";
    static final String ORG2 = "org-2";

    static final Actor SUP = Actor.of("sup-1", ORG, Role.SUPERVISOR);
    static final Actor SUP2 = Actor.of("sup-2", ORG, Role.SUPERVISOR, Role.CLINICIAN);
    static final Actor CLIN = Actor.of("clin-1", ORG, Role.CLINICIAN);
    static final Actor CLIN2 = Actor.of("clin-2", ORG, Role.CLINICIAN);
    static final Actor CLIN3 = Actor.of("clin-3", ORG, Role.CLINICIAN);
    static final Actor ADMIN = Actor.of("admin-1", ORG, Role.ADMIN);
    static final Actor FOREIGN = Actor.of("org2-sup", ORG2, Role.SUPERVISOR, Role.ADMIN);

    /** One candidate the review workflow would offer, for one supervisee. */
    record Candidate(String org, String supervisee, AgendaCandidate candidate) {
    }

    final DataSource db;
    final ExampleClock clock = new ExampleClock(LocalDateTime.of(2026, 11, 25, 12, 0).atZone(ZONE).toInstant(), ZONE);
    final ExampleHost host;
    final List<Candidate> candidates = new CopyOnWriteArrayList<>();
    final List<AuditEntry> audit = new CopyOnWriteArrayList<>();
    final MeetingService meetings;

    MeetingClinic(DataSource db) {
        this.db = db;
        this.host = new ExampleHost(db, clock, new ExampleAuditSecrets());
        Migrations.migrate(db);
        person(ORG, "sup-1", "Dr. Renée Okafor", Role.SUPERVISOR);
        person(ORG, "sup-2", "Tomás Lindqvist", Role.SUPERVISOR, Role.CLINICIAN);
        person(ORG, "clin-1", "Jordan Ellis", Role.CLINICIAN);
        person(ORG, "clin-2", "Priya Raman", Role.CLINICIAN);
        person(ORG, "clin-3", "Sam Otieno", Role.CLINICIAN);
        person(ORG, "admin-1", "Alex Moreau", Role.ADMIN);
        person(ORG2, "org2-sup", "Dr. Hana Sato", Role.SUPERVISOR, Role.ADMIN);
        person(ORG2, "org2-clin", "Luca Bianchi", Role.CLINICIAN);
        LocalDate since = LocalDate.of(2025, 1, 1);
        assign(new SupervisionAssignment(ORG, "sup-1", "clin-1", SupervisionAssignment.Kind.PRIMARY, since, null));
        assign(new SupervisionAssignment(ORG, "sup-1", "clin-2", SupervisionAssignment.Kind.PRIMARY, since, null));
        assign(new SupervisionAssignment(ORG, "sup-2", "clin-3", SupervisionAssignment.Kind.PRIMARY, since, null));
        assign(new SupervisionAssignment(ORG2, "org2-sup", "org2-clin", SupervisionAssignment.Kind.PRIMARY,
                since, null));
        AgendaSources sources = (tx, org, supervisee, from, to) -> candidates.stream()
                .filter(c -> c.org().equals(org) && c.supervisee().equals(supervisee))
                .map(Candidate::candidate)
                .filter(c -> c.sessionDate().isAfter(from) && !c.sessionDate().isAfter(to))
                .toList();
        meetings = new MeetingService(host, new Transactions(db), sources,
                (tx, entry) -> tx.afterCommit(() -> audit.add(entry)));
    }

    void person(String org, String id, String name, Role... roles) {
        host.person(new Person(org, id, name, "", EnumSet.copyOf(List.of(roles))));
    }

    void assign(SupervisionAssignment assignment) {
        host.assign(assignment);
    }

    void offer(String supervisee, String noteId, LocalDate sessionDate, AgendaReason reason, String... rules) {
        candidates.add(new Candidate(ORG, supervisee, new AgendaCandidate(noteId, "client-" + noteId, sessionDate,
                reason, List.of(rules))));
    }

    /** A local date and time in the practice's zone, as an instant. */
    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(ZONE).toInstant();
    }

    Meeting plan(MeetingFormat format, Modality modality, String start, int minutes, String... supervisees) {
        return meetings.plan(SUP, new MeetingPlan(List.of(supervisees), at(start), minutes, format, modality));
    }

    /** Plans a meeting and records it held, with every supervisee present. */
    Meeting held(MeetingFormat format, Modality modality, String start, int minutes, String... supervisees) {
        Meeting planned = plan(format, modality, start, minutes, supervisees);
        return meetings.markHeld(SUP, planned.id(), planned.version());
    }

    void advance(Duration by) {
        clock.advance(by);
    }
}
