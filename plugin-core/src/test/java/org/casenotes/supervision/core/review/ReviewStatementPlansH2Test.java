package org.casenotes.supervision.core.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.Reviews;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.testing.RecordingStatements;
import org.casenotes.supervision.core.testing.TestDatabases;
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
    private static final String ORG = WritePathRound.ORG;
    private static final Actor SUPERVISOR = WritePathRound.SUPERVISOR;
    private static final Pattern SCAN_COUNT = Pattern.compile("scanCount: (\\d+)");
    /**
     * Statements that read a range on purpose, with the reason: each is bounded by something
     * other than the organisation's size.
     */
    private static final Map<String, String> RANGES = Map.of(
            "FROM sr_audit_event WHERE org_id = ? AND seq > ? AND seq <= ?",
            "an anchor walks the events since the last anchor of the organisation, at most 1,000",
            "FROM sr_audit_chain", "an anchor reads every organisation's chain head, one row each");

    @Test
    void everyStatementOfTheWritePathReadsAFewIndexEntriesInAFilledOrganisation() throws Exception {
        RecordingStatements recording = new RecordingStatements(TestDatabases.h2());
        WritePathRound round = new WritePathRound(recording.dataSource());
        try (SupervisionModule module = new SupervisionModuleFactory().create(round.host())) {
            for (int i = 0; i < FILLED_NOTES; i++) {
                Review submitted = round.documentedAndSubmitted(module);
                if (i % 3 != 0) {
                    Reviews reviews = module.reviews();
                    Review started = reviews.startReview(SUPERVISOR, submitted.noteId(), submitted.version());
                    reviews.coSign(SUPERVISOR, started.noteId(), started.version());
                }
            }

            recording.start();
            round.run(module);
            List<RecordingStatements.Executed> executed = recording.stop();

            Map<String, String> tooWide = new LinkedHashMap<>();
            int asked = 0;
            try (Connection fresh = recording.dataSource().getConnection()) {
                fresh.setAutoCommit(false);
                for (RecordingStatements.Executed ran : executed) {
                    // The module reads through H2's CALL of a row subquery: its plan is the query's.
                    RecordingStatements.Executed statement = ran.asQuery();
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
        WritePathRound round = new WritePathRound(recording.dataSource());
        try (SupervisionModule module = new SupervisionModuleFactory().create(round.host())) {
            for (int i = 0; i < 30; i++) {
                round.documentedAndSubmitted(module);
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
