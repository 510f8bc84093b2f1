package org.casenotes.supervision.benchmarks.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Autovacuum's upkeep of a benchmark's PostgreSQL schema, for a server that has it turned off.
 *
 * <p>A production PostgreSQL runs autovacuum: it reclaims dead row versions and analyses tables as
 * they grow. Only {@code ANALYZE} gives the planner its column statistics, and a plan a connection
 * cached for a prepared statement is made again only when its tables' statistics change. The local
 * server this project's tests use runs with {@code autovacuum = off}. There, no table is ever
 * analysed, and each pooled connection keeps, for as long as it lives, the generic plan it made
 * when the tables were nearly empty: measured on such a server (1 Dec 2026), after some 10,000
 * review cycles a read or update of a review by its primary key went through a secondary index
 * (organisation, state, due date, note) with the note as a condition on its last column, about 300
 * pages a call instead of 4, and the module and the same-steps baseline ran two to four times
 * slower than with the tables analysed. A benchmark that stands for a host's database therefore
 * runs {@link #run()} between iterations: {@code VACUUM (ANALYZE)} on every table of its schema
 * when the server's autovacuum is off, nothing when it is on. That is more often than autovacuum's
 * defaults (a table analysed once more than 50 rows and 10 % of it changed, looked at about once
 * a minute), so both sides run on better-kept tables than a busy production server's.
 *
 * <p>Immutable; {@link #run()} opens its own connection.
 */
public final class AutovacuumStandIn {

    private final String schema;
    private final boolean needed;

    AutovacuumStandIn(String schema, boolean needed) {
        this.schema = schema;
        this.needed = needed;
    }

    /**
     * Asks the server whether autovacuum runs ({@code autovacuum} and {@code track_counts} on).
     *
     * @param schema the benchmark's schema (letters, digits and underscores)
     * @return the stand-in, which does nothing when the server's autovacuum is on
     * @throws SQLException when PostgreSQL is unreachable
     */
    public static AutovacuumStandIn forSchema(String schema) throws SQLException {
        BenchDatabases.checkSchemaName(schema);
        try (Connection connection = DriverManager.getConnection(BenchDatabases.POSTGRES_URL);
                Statement statement = connection.createStatement();
                ResultSet on = statement.executeQuery("SELECT current_setting('autovacuum') = 'on'"
                        + " AND current_setting('track_counts') = 'on'")) {
            on.next();
            // Autovacuum decides from the counters track_counts keeps; without them it does nothing.
            return new AutovacuumStandIn(schema, !on.getBoolean(1));
        }
    }

    /**
     * Whether the server has autovacuum off, so that {@link #run()} does its work.
     *
     * @return true when {@link #run()} vacuums and analyses
     */
    public boolean needed() {
        return needed;
    }

    /**
     * Vacuums and analyses every table of the schema, when the server does not.
     *
     * @throws SQLException when a table cannot be vacuumed
     */
    public void run() throws SQLException {
        if (!needed) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(BenchDatabases.POSTGRES_URL)) {
            List<String> tables = new ArrayList<>();
            try (PreparedStatement list = connection.prepareStatement(
                    "SELECT tablename FROM pg_tables WHERE schemaname = ? ORDER BY tablename")) {
                list.setString(1, schema);
                try (ResultSet rows = list.executeQuery()) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
            }
            try (Statement vacuum = connection.createStatement()) {
                for (String table : tables) {
                    vacuum.execute("VACUUM (ANALYZE) \"" + schema + "\".\"" + table.replace("\"", "\"\"") + "\"");
                }
            }
        }
    }
}
