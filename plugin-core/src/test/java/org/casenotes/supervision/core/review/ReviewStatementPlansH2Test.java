package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Person;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.signature.ProfessionalLicence;
import org.casenotes.supervision.api.disclosure.SaveSection;
import org.casenotes.supervision.api.review.Addendum;
import org.casenotes.supervision.api.review.NewComment;
import org.casenotes.supervision.api.review.NoteVersion;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.Reviews;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.testing.RecordingStatements;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.casenotes.supervision.example.ExampleAuditSecrets;
import org.casenotes.supervision.example.ExampleHost;
import org.junit.jupiter.api.Test;

/**
 * The write path's statements find their rows directly on H2, however many notes the
 * organisation holds. An organisation is filled with {@value #FILLED_NOTES} reviewed notes, then
 * every statement of one more round of the write path (sections saved and edited, submit,
 * withdraw, start, comments, return, resubmit, co-sign, batch co-sign, addenda, the outbox
 * deliveries) is recorded with its values and run again under {@code EXPLAIN ANALYZE} on a
 * fresh session, where H2 plans it against the filled tables and counts the index entries it
 * read ({@code scanCount}). A statement that walks an index of the whole organisation (a
 * covering secondary index chosen over the primary key, say) reads hundreds; a lookup reads a
 * few. Plain {@code INSERT ... VALUES} reads nothing and is not asked.
 */
class ReviewStatementPlansH2Test {

    private static final int FILLED_NOTES = 240;
    /** The most index entries one statement of the write path may read. */
    private static final int MOST_ENTRIES_READ = 12;
    private static final String ORG = "org-a";
    private static final Actor CLINICIAN = Actor.of("clin-1", ORG, Role.CLINICIAN);
    private static final Actor SUPERVISOR = Actor.of("sup-1", ORG, Role.SUPERVISOR);
    private static final LocalDate SESSION = LocalDate.parse("2026-03-09");
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");
    /**
     * Statements that read a range on purpose, with the reason: each is bounded by something
     * other than the organisation's size.
     */
    private static final Map<String, String> RANGES = Map.of(
            "FROM sr_audit_event WHERE org_id = ? AND seq > ? AND seq <= ?",
            "an anchor walks the events since the last anchor of the organisation, at most 1,000",
            "FROM sr_audit_chain", "an anchor reads every organisation's chain head, one row each");

    private int notes;

    @Test
    void everyStatementOfTheWritePathReadsAFewIndexEntriesInAFilledOrganisation() throws Exception {
        RecordingStatements recording = new RecordingStatements(TestDatabases.h2());
        ExampleHost host = host(recording);
        try (SupervisionModule module = new SupervisionModuleFactory().create(host)) {
            for (int i = 0; i < FILLED_NOTES; i++) {
                Review submitted = documentedAndSubmitted(module, host);
                if (i % 3 != 0) {
                    Reviews reviews = module.reviews();
                    Review started = reviews.startReview(SUPERVISOR, submitted.noteId(), submitted.version());
                    reviews.coSign(SUPERVISOR, started.noteId(), started.version());
                }
            }

            recording.start();
            writePathRound(module, host);
            List<RecordingStatements.Executed> executed = recording.stop();

            Map<String, String> tooWide = new LinkedHashMap<>();
            int asked = 0;
            try (Connection fresh = recording.dataSource().getConnection()) {
                fresh.setAutoCommit(false);
                for (RecordingStatements.Executed statement : executed) {
                    if (!reads(statement.sql()) || onPurpose(statement.sql())) {
                        continue;
                    }
                    asked++;
                    String plan = plan(fresh, statement);
                    fresh.rollback();
                    int read = mostEntriesRead(plan);
                    if (read > MOST_ENTRIES_READ) {
                        tooWide.putIfAbsent(statement.sql(), read + " entries read:\n" + plan);
                    }
                }
            }
            assertThat(asked).as("statements of the round that read rows").isGreaterThan(40);
            assertThat(tooWide).as("statements that read more than %d index entries with %d notes in the"
                    + " organisation", MOST_ENTRIES_READ, FILLED_NOTES).isEmpty();
        }
    }

    @Test
    void aStatementThatWalksTheOrganisationIsCaught() throws Exception {
        RecordingStatements recording = new RecordingStatements(TestDatabases.h2());
        ExampleHost host = host(recording);
        try (SupervisionModule module = new SupervisionModuleFactory().create(host)) {
            for (int i = 0; i < 30; i++) {
                documentedAndSubmitted(module, host);
            }
            try (Connection connection = recording.dataSource().getConnection()) {
                // The edit guard's old read: the due index (org_id, state, due_date, note_id) covers it.
                try (PreparedStatement covered = connection.prepareStatement("EXPLAIN ANALYZE SELECT state FROM"
                        + " sr_review WHERE org_id = ? AND note_id = ?")) {
                    covered.setString(1, ORG);
                    covered.setString(2, "note-1");
                    assertThat(mostEntriesRead(single(covered))).isGreaterThanOrEqualTo(30);
                }
            }
        }
    }

    private static ExampleHost host(RecordingStatements recording) {
        ExampleHost host = new ExampleHost(recording.dataSource(),
                Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC), new ExampleAuditSecrets());
        host.person(new Person(ORG, CLINICIAN.userId(), "Clinician One", "LPC Associate", Set.of(Role.CLINICIAN)));
        host.person(new Person(ORG, SUPERVISOR.userId(), "Supervisor One", "PhD, LPC-S", Set.of(Role.SUPERVISOR)));
        host.licence(ORG, SUPERVISOR.userId(), new ProfessionalLicence("LPC-S", "12345", "US-TX"));
        host.assign(new SupervisionAssignment(ORG, SUPERVISOR.userId(), CLINICIAN.userId(),
                SupervisionAssignment.Kind.PRIMARY, LocalDate.parse("2025-01-01"), null));
        return host;
    }

    private String newNote(ExampleHost host) {
        String noteId = "note-" + ++notes;
        host.note(new ProgressNote(ORG, noteId, "client-" + notes % 20, CLINICIAN.userId(), SESSION,
                "Individual psychotherapy, 53 min", "Client discussed the week."));
        return noteId;
    }

    private Review documentedAndSubmitted(SupervisionModule module, ExampleHost host) {
        String noteId = newNote(host);
        save(module, noteId, 0);
        return module.reviews().submit(CLINICIAN, noteId, 0);
    }

    private long save(SupervisionModule module, String noteId, long expected) {
        return module.disclosures().save(CLINICIAN, new SaveSection(noteId, clientOf(noteId), CLINICIAN.userId(),
                SESSION, expected, "{\"noSelfDisclosure\": true}")).version();
    }

    private static String clientOf(String noteId) {
        return "client-" + Integer.parseInt(noteId.substring("note-".length())) % 20;
    }

    /** One of everything the write path does, over fresh notes of the filled organisation. */
    private void writePathRound(SupervisionModule module, ExampleHost host) {
        Reviews reviews = module.reviews();
        String returned = newNote(host);
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

        Review withdrawn = documentedAndSubmitted(module, host);
        reviews.withdraw(CLINICIAN, withdrawn.noteId(), withdrawn.version());

        List<NoteVersion> batch = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Review submitted = documentedAndSubmitted(module, host);
            Review started = reviews.startReview(SUPERVISOR, submitted.noteId(), submitted.version());
            batch.add(new NoteVersion(started.noteId(), started.version()));
        }
        reviews.batchCoSign(SUPERVISOR, batch);
    }

    private static boolean reads(String sql) {
        String text = sql.strip().toUpperCase(Locale.ROOT);
        return text.startsWith("SELECT") || text.startsWith("UPDATE") || text.startsWith("DELETE")
                || text.startsWith("INSERT") && text.contains(" SELECT ");
    }

    private static boolean onPurpose(String sql) {
        return RANGES.keySet().stream().anyMatch(range -> sql.replaceAll("\\s+", " ").contains(range));
    }

    private static String plan(Connection connection, RecordingStatements.Executed statement) throws SQLException {
        String plan;
        try (PreparedStatement explain = statement.prepare(connection, "EXPLAIN ANALYZE ")) {
            plan = single(explain);
        }
        // H2 plans a data change delta table without the change inside it: ask for that one too.
        int delta = statement.sql().indexOf(DELTA_TABLE);
        if (delta >= 0) {
            String inner = statement.sql().substring(delta + DELTA_TABLE.length(), statement.sql().lastIndexOf(')'));
            try (PreparedStatement explain = statement.withSql(inner).prepare(connection, "EXPLAIN ANALYZE ")) {
                plan += "\n" + single(explain);
            }
        }
        return plan;
    }

    private static final String DELTA_TABLE = "FROM OLD TABLE (";

    private static String single(PreparedStatement explain) throws SQLException {
        try (ResultSet rs = explain.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static int mostEntriesRead(String plan) {
        int most = 0;
        Matcher matcher = SCAN_COUNT.matcher(plan);
        while (matcher.find()) {
            most = Math.max(most, Integer.parseInt(matcher.group(1)));
        }
        return most;
    }
}
