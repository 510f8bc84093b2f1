package org.casenotes.supervision.benchmarks.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;

/**
 * Review rows for the queue benchmark, written straight into {@code sr_review} with JDBC
 * batches after the module's migrations ran, and kept: a database that already holds the
 * same number of rows is reused.
 *
 * <p>Shape: {@value #ORGANISATIONS} organisations of {@value #CLINICIANS} clinicians and one
 * supervisor each. The measured organisation ({@link #MEASURED}) holds {@code min(10,000,
 * total / 2)} notes at every total, so its queue has 100 pages of 50; the rest is spread evenly
 * over the other 999. Four in five notes await the supervisor (submitted or in review), one in
 * four of each clinician's notes is flagged, due dates spread over 120 days around today, so about half are overdue.
 */
public final class QueueDataset {

    /** Organisations in the database. */
    public static final int ORGANISATIONS = 1_000;
    /** Clinicians per organisation, all supervised by {@link BenchHost#SUPERVISOR}. */
    public static final int CLINICIANS = 10;
    /** The organisation whose supervisor's queue is measured. */
    public static final String MEASURED = organisation(0);
    /** The shape's version, part of the names of cached databases: change it with the shape. */
    public static final String SHAPE = "v3";
    private static final int MEASURED_MAX = 10_000;
    private static final int BATCH = 1_000;
    private static final int COMMIT_EVERY = 20_000;

    private QueueDataset() {
    }

    /**
     * The id of the i-th organisation.
     *
     * @param i the index
     * @return the organisation id
     */
    public static String organisation(int i) {
        return String.format("org-%04d", i);
    }

    /**
     * The id of the k-th note of an organisation.
     *
     * @param k the index
     * @return the note id
     */
    public static String note(int k) {
        return String.format("n%07d", k);
    }

    /**
     * How many notes the measured organisation holds at a total.
     *
     * @param total all notes
     * @return the measured organisation's share
     */
    public static int measuredNotes(int total) {
        return Math.min(MEASURED_MAX, total / 2);
    }

    /**
     * Loads {@code total} rows unless the database already holds exactly them.
     *
     * @param dataSource a database whose plugin migrations ran
     * @param total how many notes
     * @return whether rows were written now
     * @throws SQLException on any database fault
     */
    public static boolean ensure(DataSource dataSource, int total) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (loaded(connection) == total) {
                return false;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE IF NOT EXISTS bench_dataset (total BIGINT NOT NULL)");
                statement.execute("DELETE FROM bench_dataset");
                statement.execute("DELETE FROM sr_review");
            }
            connection.setAutoCommit(false);
            write(connection, total);
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO bench_dataset (total) VALUES (" + total + ")");
            }
            connection.commit();
            connection.setAutoCommit(true);
            if (connection.getMetaData().getDatabaseProductName().contains("PostgreSQL")) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("ANALYZE sr_review");
                }
            }
            return true;
        }
    }

    /** The number of rows a finished load recorded, or -1 when none finished here. */
    private static long loaded(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT MAX(total) FROM bench_dataset")) {
            return rs.next() ? rs.getLong(1) : -1;
        } catch (SQLException e) {
            // The marker table is created by the first load; a missing table means no load yet.
            return -1;
        }
    }

    private static void write(Connection connection, int total) throws SQLException {
        int measured = measuredNotes(total);
        int others = ORGANISATIONS - 1;
        int rest = total - measured;
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int written = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sr_review (org_id, note_id,"
                + " client_id, clinician_id, state, version, submission_no, submitted_at, due_date, escalation_date,"
                + " snapshot_hash, flagged, flag_rules, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int o = 0; o < ORGANISATIONS; o++) {
                int notes = o == 0 ? measured : rest / others + (o <= rest % others ? 1 : 0);
                String org = organisation(o);
                for (int k = 0; k < notes; k++) {
                    LocalDate due = today.minusDays(60).plusDays((k * 37L) % 120);
                    boolean flagged = (k / CLINICIANS) % 4 == 0;
                    String state = k % 5 == 4 ? "CO_SIGNED" : k % 2 == 0 ? "SUBMITTED" : "IN_REVIEW";
                    insert.setString(1, org);
                    insert.setString(2, note(k));
                    insert.setString(3, "client-" + (k % 300));
                    insert.setString(4, BenchHost.clinician(k % CLINICIANS));
                    insert.setString(5, state);
                    insert.setLong(6, "SUBMITTED".equals(state) ? 1 : 2);
                    insert.setObject(7, due.minusDays(7).atStartOfDay().atOffset(ZoneOffset.UTC));
                    insert.setObject(8, due);
                    insert.setObject(9, due.plusDays(7));
                    insert.setString(10, "0".repeat(64));
                    insert.setBoolean(11, flagged);
                    insert.setString(12, flagged ? "motive" : "");
                    insert.setObject(13, now);
                    insert.addBatch();
                    written++;
                    if (written % BATCH == 0) {
                        insert.executeBatch();
                    }
                    if (written % COMMIT_EVERY == 0) {
                        connection.commit();
                    }
                }
            }
            insert.executeBatch();
        }
    }
}
