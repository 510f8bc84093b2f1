package org.casenotes.supervision.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.casenotes.supervision.core.testing.Postgres;
import org.casenotes.supervision.core.testing.TestDatabases;
import org.junit.jupiter.api.Test;

class MigrationsTest {

    @Test
    void migratingAFreshH2DatabaseCreatesThePluginTables() throws Exception {
        DataSource db = TestDatabases.h2();
        Migrations.migrate(db);
        assertThat(srTables(db)).contains("sr_policy", "sr_schema_history");
    }

    @Test
    void migratingTwiceAppliesNothingTheSecondTime() throws Exception {
        DataSource db = TestDatabases.h2();
        String first = Migrations.migrate(db);
        String second = Migrations.migrate(db);
        assertThat(second).isEqualTo(first);
        assertThat(appliedMigrations(db)).isEqualTo(appliedMigrations(db));
    }

    @Test
    void notesSubmittedWithoutASectionBeforeV6AreMarkedUndocumentedTheOthersStayDocumented() throws Exception {
        DataSource db = TestDatabases.h2();
        org.flywaydb.core.Flyway.configure(Migrations.class.getClassLoader()).dataSource(db)
                .table(Migrations.HISTORY_TABLE).locations(Migrations.LOCATION, Migrations.VENDOR_LOCATION + "h2")
                .target("5").load().migrate();
        try (Connection c = db.getConnection()) {
            for (String[] note : new String[][] {{"bare", null}, {"attested", "{\"noSelfDisclosure\":true}"}}) {
                c.createStatement().execute("INSERT INTO sr_review (org_id, note_id, client_id, clinician_id, state,"
                        + " version, submission_no, flagged, flag_rules, updated_at) VALUES ('o', '" + note[0]
                        + "', 'c', 'u', 'SUBMITTED', 1, 1, FALSE, '', CURRENT_TIMESTAMP)");
                c.createStatement().execute("INSERT INTO sr_review_snapshot (org_id, note_id, submission_no, note_text,"
                        + " section_json, flags, content_hash, taken_at) VALUES ('o', '" + note[0] + "', 1, 't', "
                        + (note[1] == null ? "NULL" : "'" + note[1] + "'") + ", '[]', 'h', CURRENT_TIMESTAMP)");
            }
        }

        Migrations.migrate(db);

        assertThat(rows(db, "SELECT note_id, documented FROM sr_review ORDER BY note_id",
                rs -> rs.getString(1) + "=" + rs.getBoolean(2))).containsExactly("attested=true", "bare=false");
    }

    @Test
    void eachReviewRowCountsTheHistoryEntriesItsNoteHadBeforeV19_4OnH2() throws Exception {
        reviewRowsCountTheirHistoryAfterUpgrade(TestDatabases.h2(), "h2");
    }

    @Test
    @Postgres
    void eachReviewRowCountsTheHistoryEntriesItsNoteHadBeforeV19_4OnPostgres() throws Exception {
        reviewRowsCountTheirHistoryAfterUpgrade(TestDatabases.postgres(), "postgresql");
    }

    /**
     * Notes with 0, 1 and 3 history entries (one of them an addendum's, numbered without moving
     * the version), in two organisations sharing a note id: after V19_4 each review row holds
     * its own note's last number, so the next entry does not collide with a stored one.
     */
    private static void reviewRowsCountTheirHistoryAfterUpgrade(DataSource db, String vendor) throws Exception {
        org.flywaydb.core.Flyway.configure(Migrations.class.getClassLoader()).dataSource(db)
                .table(Migrations.HISTORY_TABLE).locations(Migrations.LOCATION, Migrations.VENDOR_LOCATION + vendor)
                .target("19.3").load().migrate();
        String[][] notes = {{"o1", "none", "0"}, {"o1", "once", "1"}, {"o1", "shared", "3"}, {"o2", "shared", "1"}};
        try (Connection c = db.getConnection()) {
            for (String[] note : notes) {
                c.createStatement().execute("INSERT INTO sr_review (org_id, note_id, client_id, clinician_id, state,"
                        + " version, submission_no, flagged, flag_rules, updated_at) VALUES ('" + note[0] + "', '"
                        + note[1] + "', 'c', 'u', 'SUBMITTED', 1, 1, FALSE, '', CURRENT_TIMESTAMP)");
                for (int seq = 1; seq <= Integer.parseInt(note[2]); seq++) {
                    c.createStatement().execute("INSERT INTO sr_review_history (org_id, note_id, seq, from_state,"
                            + " to_state, actor_id, acted_at, addendum_id) VALUES ('" + note[0] + "', '" + note[1]
                            + "', " + seq + ", 'DRAFT', 'SUBMITTED', 'u', CURRENT_TIMESTAMP, "
                            + (seq == 3 ? "'a-1'" : "NULL") + ")");
                }
            }
        }

        Migrations.migrate(db);

        assertThat(rows(db, "SELECT org_id, note_id, history_seq FROM sr_review ORDER BY org_id, note_id",
                rs -> rs.getString(1) + "/" + rs.getString(2) + "=" + rs.getInt(3)))
                .containsExactly("o1/none=0", "o1/once=1", "o1/shared=3", "o2/shared=1");
    }

    /** One row of a query, as the test compares it. */
    private interface Row {
        String of(ResultSet rs) throws SQLException;
    }

    private static List<String> rows(DataSource db, String sql, Row row) throws SQLException {
        try (Connection c = db.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(row.of(rs));
            }
            return rows;
        }
    }

    @Test
    void hostTablesInTheSameSchemaAreLeftAlone() throws Exception {
        DataSource db = TestDatabases.h2();
        try (Connection c = db.getConnection()) {
            c.createStatement().execute("CREATE TABLE clinic_note (id INT PRIMARY KEY)");
            c.createStatement().execute("INSERT INTO clinic_note VALUES (7)");
        }
        Migrations.migrate(db);
        try (Connection c = db.getConnection();
                ResultSet rs = c.createStatement().executeQuery("SELECT id FROM clinic_note")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(7);
        }
    }

    @Test
    @Postgres
    void migratingAFreshPostgresSchemaCreatesThePluginTables() throws Exception {
        DataSource db = TestDatabases.postgres();
        Migrations.migrate(db);
        assertThat(srTables(db)).contains("sr_policy", "sr_schema_history");
    }

    @Test
    @Postgres
    void twoHostsMigratingOneFreshPostgresSchemaAtOnceApplyEachMigrationOnce() throws Exception {
        DataSource db = TestDatabases.postgres();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit((Callable<String>) () -> Migrations.migrate(db)));
            }
            List<String> versions = new ArrayList<>();
            for (Future<String> result : results) {
                versions.add(result.get());
            }
            assertThat(versions).allMatch(v -> v.equals(versions.get(0)));
        } finally {
            pool.shutdownNow();
        }
        List<String> applied = appliedMigrations(db);
        assertThat(applied).doesNotHaveDuplicates();
        assertThat(srTables(db)).contains("sr_policy");
    }

    static List<String> srTables(DataSource db) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection c = db.getConnection();
                ResultSet rs = c.getMetaData().getTables(null, c.getSchema(), null, new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (name.startsWith("sr_")) {
                    tables.add(name);
                }
            }
        }
        return tables;
    }

    static List<String> appliedMigrations(DataSource db) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Connection c = db.getConnection();
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT \"version\" FROM \"sr_schema_history\" WHERE \"success\" ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        return versions;
    }
}
