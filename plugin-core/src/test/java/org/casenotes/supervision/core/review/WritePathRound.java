package org.casenotes.supervision.core.review;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Person;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.disclosure.SaveSection;
import org.casenotes.supervision.api.review.Addendum;
import org.casenotes.supervision.api.review.NewComment;
import org.casenotes.supervision.api.review.NoteVersion;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.Reviews;
import org.casenotes.supervision.api.signature.ProfessionalLicence;
import org.casenotes.supervision.example.ExampleAuditSecrets;
import org.casenotes.supervision.example.ExampleHost;

/**
 * One clinician and one supervisor of one organisation, and one of everything the review write
 * path does over fresh notes: sections saved and edited, submit, withdraw, start, comment,
 * return, resubmit, co-sign, batch co-sign, addenda, and the reads of a note. Not thread-safe.
 */
final class WritePathRound {

    static final String ORG = "org-a";
    static final Actor CLINICIAN = Actor.of("clin-1", ORG, Role.CLINICIAN);
    static final Actor SUPERVISOR = Actor.of("sup-1", ORG, Role.SUPERVISOR);
    static final LocalDate SESSION = LocalDate.parse("2026-03-09");

    private final ExampleHost host;
    private int notes;

    /**
     * The host over a database, with its clock fixed on the day after {@link #SESSION}.
     *
     * @param dataSource the database
     */
    WritePathRound(DataSource dataSource) {
        host = new ExampleHost(dataSource, Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC),
                new ExampleAuditSecrets());
        host.person(new Person(ORG, CLINICIAN.userId(), "Clinician One", "LPC Associate", Set.of(Role.CLINICIAN)));
        host.person(new Person(ORG, SUPERVISOR.userId(), "Supervisor One", "PhD, LPC-S", Set.of(Role.SUPERVISOR)));
        host.licence(ORG, SUPERVISOR.userId(), new ProfessionalLicence("LPC-S", "12345", "US-TX"));
        host.assign(new SupervisionAssignment(ORG, SUPERVISOR.userId(), CLINICIAN.userId(),
                SupervisionAssignment.Kind.PRIMARY, LocalDate.parse("2025-01-01"), null));
    }

    ExampleHost host() {
        return host;
    }

    /** A new note of the host's, without a section. */
    String newNote() {
        String noteId = "note-" + ++notes;
        host.note(new ProgressNote(ORG, noteId, "client-" + notes % 20, CLINICIAN.userId(), SESSION,
                "Individual psychotherapy, 53 min", "Client discussed the week."));
        return noteId;
    }

    Review documentedAndSubmitted(SupervisionModule module) {
        String noteId = newNote();
        save(module, noteId, 0);
        return module.reviews().submit(CLINICIAN, noteId, 0);
    }

    long save(SupervisionModule module, String noteId, long expected) {
        return module.disclosures().save(CLINICIAN, new SaveSection(noteId, clientOf(noteId), CLINICIAN.userId(),
                SESSION, expected, "{\"noSelfDisclosure\": true}")).version();
    }

    static String clientOf(String noteId) {
        return "client-" + Integer.parseInt(noteId.substring("note-".length())) % 20;
    }

    /**
     * One of everything the write path does, over fresh notes.
     *
     * @param module the module
     */
    void run(SupervisionModule module) {
        Reviews reviews = module.reviews();
        String returned = newNote();
        long sectionVersion = save(module, returned, 0);
        sectionVersion = save(module, returned, sectionVersion);
        Review review = reviews.submit(CLINICIAN, returned, 0);
        review = reviews.startReview(SUPERVISOR, returned, review.version());
        review = reviews.comment(SUPERVISOR, returned, review.version(), NewComment.onNote("Add the rationale."));
        review = reviews.requestChanges(SUPERVISOR, returned, review.version(), "The rationale is missing.");
        save(module, returned, sectionVersion);
        review = reviews.submit(CLINICIAN, returned, review.version());
        review = reviews.startReview(SUPERVISOR, returned, review.version());
        review = reviews.coSign(SUPERVISOR, returned, review.version());
        Addendum addendum = reviews.addAddendum(CLINICIAN, returned, "A late entry: the client called back.");
        addendum = reviews.submitAddendum(CLINICIAN, returned, addendum.addendumId(), addendum.version());
        reviews.coSignAddendum(SUPERVISOR, returned, addendum.addendumId(), addendum.version());
        reviews.history(CLINICIAN, returned);
        reviews.review(SUPERVISOR, returned);
        module.disclosures().load(CLINICIAN, returned);

        Review withdrawn = documentedAndSubmitted(module);
        reviews.withdraw(CLINICIAN, withdrawn.noteId(), withdrawn.version());

        List<NoteVersion> batch = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Review submitted = documentedAndSubmitted(module);
            Review started = reviews.startReview(SUPERVISOR, submitted.noteId(), submitted.version());
            batch.add(new NoteVersion(started.noteId(), started.version()));
        }
        // Not in note id order: the batch must still lock its notes in one order.
        java.util.Collections.reverse(batch);
        reviews.batchCoSign(SUPERVISOR, batch);
    }
}
