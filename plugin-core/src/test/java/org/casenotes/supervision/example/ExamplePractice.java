package org.casenotes.supervision.example;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;
import javax.sql.DataSource;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.ClientIdentity;
import org.casenotes.supervision.api.Person;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.disclosure.SaveSection;
import org.casenotes.supervision.api.review.Review;

/**
 * The smallest practice the examples run: one organisation, a clinician supervised by one
 * supervisor since 2025, the clock at 2026-03-10 09:00 UTC, and notes made on demand.
 */
public final class ExamplePractice {

    /** The organisation. */
    public static final String ORG = "org-a";
    /** The clinician who writes notes. */
    public static final Actor CLINICIAN = Actor.of("clin", ORG, Role.CLINICIAN);
    /** The clinician's supervisor. */
    public static final Actor SUPERVISOR = Actor.of("sup", ORG, Role.SUPERVISOR);
    /** The practice's administrator, who reads the audit trail. */
    public static final Actor ADMIN = Actor.of("admin", ORG, Role.ADMIN);
    /** The day the notes' sessions took place. */
    public static final LocalDate SESSION_DAY = LocalDate.of(2026, 3, 9);
    /** The example's section: the clinician attests that nothing was disclosed. */
    public static final String NO_DISCLOSURE = "{\"noSelfDisclosure\": true}";

    private ExamplePractice() {
    }

    /**
     * The host of the practice over a database.
     *
     * @param dataSource the database
     * @return the host with its two people and their assignment
     */
    public static ExampleHost host(DataSource dataSource) {
        return new ExampleHost(dataSource, Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC),
                new ExampleAuditSecrets())
                .person(new Person(ORG, "clin", "Alex Rivera", "LPC-A", Set.of(Role.CLINICIAN)))
                .person(new Person(ORG, "sup", "Sam Okafor", "LPC-S", Set.of(Role.SUPERVISOR)))
                .person(new Person(ORG, "admin", "Robin Park", "", Set.of(Role.ADMIN)))
                .assign(new SupervisionAssignment(ORG, "sup", "clin", SupervisionAssignment.Kind.PRIMARY,
                        LocalDate.of(2025, 1, 1), null));
    }

    /**
     * Writes a note in the host, saves its section and submits it for co-sign.
     *
     * @param host the host
     * @param module the module over the host
     * @param noteId the new note's id
     * @return the submitted review
     */
    public static Review submittedNote(ExampleHost host, SupervisionModule module, String noteId) {
        String clientId = "client-" + noteId;
        host.note(new ClientIdentity(ORG, clientId, "Jordan", "Lee", null),
                new ProgressNote(ORG, noteId, clientId, "clin", SESSION_DAY, "Individual psychotherapy, 53 min",
                        "Client discussed the week."));
        module.disclosures().save(CLINICIAN, new SaveSection(noteId, clientId, "clin", SESSION_DAY, 0, NO_DISCLOSURE));
        return module.reviews().submit(CLINICIAN, noteId, 0);
    }
}
