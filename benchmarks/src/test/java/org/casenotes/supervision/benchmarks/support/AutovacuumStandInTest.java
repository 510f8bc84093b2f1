package org.casenotes.supervision.benchmarks.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The review benchmark's stand-in for autovacuum, on the real PostgreSQL. */
@Tag("postgres")
class AutovacuumStandInTest {

    private static final String SCHEMA = "bench_standin_test";
    private static final String OTHER = "bench_standin_other";

    @Test
    void vacuumsAndAnalysesEveryTableOfItsSchemaAndNoOther() throws SQLException {
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            try {
                for (String schema : new String[] {SCHEMA, OTHER}) {
                    sql.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                    sql.execute("CREATE SCHEMA " + schema);
                }
                for (String table : new String[] {SCHEMA + ".first", SCHEMA + ".second", OTHER + ".first"}) {
                    // The server's own autovacuum, if it runs, must not do the stand-in's work here.
                    sql.execute("CREATE TABLE " + table + " (id INTEGER PRIMARY KEY, v TEXT) WITH (autovacuum_enabled = false)");
                    sql.execute("INSERT INTO " + table + " SELECT g, 'x' FROM generate_series(1, 1000) g");
                    sql.execute("UPDATE " + table + " SET v = 'y'");
                }

                new AutovacuumStandIn(SCHEMA, true).run();

                for (String table : new String[] {"first", "second"}) {
                    assertThat(columnStatistics(sql, SCHEMA, table)).as("analysed " + table).isEqualTo(2);
                    assertThat(vacuumed(sql, SCHEMA, table)).as("vacuumed " + table).isTrue();
                }
                assertThat(columnStatistics(sql, OTHER, "first")).as("another schema").isZero();
                assertThat(vacuumed(sql, OTHER, "first")).as("another schema").isFalse();
            } finally {
                sql.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                sql.execute("DROP SCHEMA IF EXISTS " + OTHER + " CASCADE");
            }
        }
    }

    @Test
    void doesNothingWhenTheServerVacuums() throws SQLException {
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            try {
                sql.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
                sql.execute("CREATE SCHEMA " + SCHEMA);
                sql.execute("CREATE TABLE " + SCHEMA + ".first (id INTEGER PRIMARY KEY) WITH (autovacuum_enabled = false)");
                sql.execute("INSERT INTO " + SCHEMA + ".first SELECT generate_series(1, 100)");

                new AutovacuumStandIn(SCHEMA, false).run();

                assertThat(columnStatistics(sql, SCHEMA, "first")).isZero();
                assertThat(vacuumed(sql, SCHEMA, "first")).isFalse();
            } finally {
                sql.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        }
    }

    /** Rows of pg_stats, which only ANALYZE writes: one per analysed column. */
    private static int columnStatistics(Statement sql, String schema, String table) throws SQLException {
        try (ResultSet rows = sql.executeQuery("SELECT COUNT(*) FROM pg_stats WHERE schemaname = '" + schema
                + "' AND tablename = '" + table + "'")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Whether a manual VACUUM ran on the table (the dead rows it may remove depend on other sessions' snapshots). */
    private static boolean vacuumed(Statement sql, String schema, String table) throws SQLException {
        try (ResultSet row = sql.executeQuery("SELECT vacuum_count > 0 FROM pg_stat_user_tables"
                + " WHERE schemaname = '" + schema + "' AND relname = '" + table + "'")) {
            row.next();
            return row.getBoolean(1);
        }
    }

    private static Connection connect() throws SQLException {
        try {
            return DriverManager.getConnection(BenchDatabases.POSTGRES_URL);
        } catch (SQLException e) {
            if ("1".equals(System.getenv("SR_REQUIRE_POSTGRES"))) {
                throw e;
            }
            Assumptions.abort("PostgreSQL at " + BenchDatabases.POSTGRES_URL + " is unreachable: " + e.getMessage());
            throw e;
        }
    }
}
