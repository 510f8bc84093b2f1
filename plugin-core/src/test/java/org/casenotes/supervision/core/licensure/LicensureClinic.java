package org.casenotes.supervision.core.licensure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Person;
import org.casenotes.supervision.api.PolicySource;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.licensure.LicensureRecords;
import org.casenotes.supervision.api.meeting.Attendance;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.MeetingPlan;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.api.signature.ProfessionalLicence;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.testing.TestAuditSecrets;
import org.casenotes.supervision.example.ExampleHost;

/**
 * A practice over a real database, reached through the module the provider creates over the
 * {@link ExampleHost}: one supervisor ({@code sup-1}) of three supervisees ({@code clin-1} to
 * {@code clin-3}) since 2025, a second supervisor of nobody ({@code sup-2}), a clinician with no
 * supervisor ({@code clin-9}), an admin; the host's rule pack per supervisee and client hours
 * per week. The clock stands at 2026-04-15 10:00 in Chicago.
 */
final class LicensureClinic {

    static final ZoneId ZONE = ZoneId.of("America/Chicago");
    static final String ORG = "org-1";
    static final Actor SUP = Actor.of("sup-1", ORG, Role.SUPERVISOR);
    static final Actor ADMIN = Actor.of("admin-1", ORG, Role.ADMIN);
    static final Actor OTHER = Actor.of("clin-9", ORG, Role.CLINICIAN);

    /** The board rule pack the host records for each supervisee. */
    final Map<String, String> packs = new ConcurrentHashMap<>();
    /** Direct client hours of every supervisee, by the first day of the week. */
    final Map<LocalDate, BigDecimal> directHours = new ConcurrentHashMap<>();
    final ExampleHost host;
    final SupervisionModule module;

    LicensureClinic(DataSource db, PolicySource policy) {
        this.host = new ExampleHost(db, Clock.fixed(Instant.parse("2026-04-15T15:00:00Z"), ZONE),
                TestAuditSecrets.fresh()).policies(policy).licensure(new Records());
        for (String supervisor : List.of("sup-1", "sup-2")) {
            name(supervisor, "Person " + supervisor);
            host.licence(ORG, supervisor, new ProfessionalLicence("LMFT", "98765", "US-CA"));
        }
        for (String clinician : List.of("clin-1", "clin-2", "clin-3", "clin-9")) {
            name(clinician, "Person " + clinician);
        }
        host.person(new Person(ORG, ADMIN.userId(), "Person admin-1", "", Set.of(Role.ADMIN)));
        for (String clinician : List.of("clin-1", "clin-2", "clin-3")) {
            host.assign(new SupervisionAssignment(ORG, "sup-1", clinician, SupervisionAssignment.Kind.PRIMARY,
                    LocalDate.of(2025, 1, 1), null));
        }
        this.module = new SupervisionModuleFactory().create(host);
    }

    /** Gives a supervisor or clinician the name the host shows (the credentials follow the role). */
    void name(String userId, String displayName) {
        boolean supervisor = userId.startsWith("sup");
        host.person(new Person(ORG, userId, displayName, supervisor ? "PhD, LMFT" : "AMFT",
                Set.of(supervisor ? Role.SUPERVISOR : Role.CLINICIAN)));
    }

    /** Ends sup-1's assignment to a supervisee on the given day. */
    void assignmentEnded(String clinicianId, LocalDate lastDay) {
        host.endAssignment(ORG, "sup-1", clinicianId, lastDay);
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

    /** The host's licensure records, answered from {@link #packs} and {@link #directHours}. */
    private final class Records implements LicensureRecords {

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
    }
}
