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

    @Test
    void analysesAndVacuumsEveryTableOfTheSchemaExactlyWhenTheServerDoesNot() throws SQLException {
        try (Connection connection = connect(); Statement sql = connection.createStatement()) {
            sql.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            sql.execute("CREATE SCHEMA " + SCHEMA);
            for (String table : new String[] {"first", "second"}) {
                sql.execute("CREATE TABLE " + SCHEMA + "." + table + " (id INTEGER PRIMARY KEY, v TEXT)");
                sql.execute("INSERT INTO " + SCHEMA + "." + table + " SELECT g, 'x' FROM generate_series(1, 1000) g");
                sql.execute("UPDATE " + SCHEMA + "." + table + " SET v = 'y'");
            }
            boolean serverVacuums;
            try (ResultSet on = sql.executeQuery("SHOW autovacuum")) {
                on.next();
                serverVacuums = "on".equals(on.getString(1));
            }
            AutovacuumStandIn standIn = AutovacuumStandIn.forSchema(SCHEMA);
            assertThat(standIn.needed()).isEqualTo(!serverVacuums);
            assertThat(reltuples(sql, "first")).isEqualTo(-1);

            standIn.run();

            for (String table : new String[] {"first", "second"}) {
                // ANALYZE (and VACUUM) set the planner's row count; a table never analysed has -1.
                assertThat(reltuples(sql, table)).as(table).isEqualTo(serverVacuums ? -1 : 1000);
            }
            sql.execute("DROP SCHEMA " + SCHEMA + " CASCADE");
        }
    }

    private static long reltuples(Statement sql, String table) throws SQLException {
        try (ResultSet row = sql.executeQuery("SELECT c.reltuples FROM pg_class c JOIN pg_namespace n ON n.oid ="
                + " c.relnamespace WHERE n.nspname = '" + SCHEMA + "' AND c.relname = '" + table + "'")) {
            row.next();
            return Math.round(row.getDouble(1));
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
