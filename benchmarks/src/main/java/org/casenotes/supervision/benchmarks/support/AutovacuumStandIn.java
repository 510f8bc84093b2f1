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
 * What autovacuum does for a benchmark's PostgreSQL schema, for a server that has it turned off.
 *
 * <p>A production PostgreSQL runs autovacuum: it reclaims dead row versions and, by analysing
 * tables as they grow, gives the planner their sizes; an analyse also discards the generic plans
 * that connections cached for the table while it was small. The local server this project's
 * tests use runs with {@code autovacuum = off}. There, no table is ever analysed, and each
 * connection keeps the generic plan it made for a prepared statement when the tables were empty:
 * measured on such a server (1 Dec 2026), after 10,000 review cycles a read of a review by its
 * primary key ran as a scan of the organisation's entries in the queue index, about 300 buffers a
 * read, and both the module and the same-steps baseline ran three to four times slower than with
 * the tables analysed. A benchmark that stands for a host's database therefore runs {@link #run()}
 * between iterations: {@code VACUUM (ANALYZE)} on every table of its schema when the server's
 * autovacuum is off, and nothing when it is on.
 *
 * <p>Not thread-safe; called from JMH's iteration set-up, outside the measured time.
 */
public final class AutovacuumStandIn {

    private final String schema;
    private final boolean needed;

    private AutovacuumStandIn(String schema, boolean needed) {
        this.schema = schema;
        this.needed = needed;
    }

    /**
     * Asks the server whether autovacuum runs.
     *
     * @param schema the benchmark's schema (letters, digits and underscores)
     * @return the stand-in, which does nothing when the server's autovacuum is on
     * @throws SQLException when PostgreSQL is unreachable
     */
    public static AutovacuumStandIn forSchema(String schema) throws SQLException {
        if (!schema.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("schema name " + schema);
        }
        try (Connection connection = DriverManager.getConnection(BenchDatabases.POSTGRES_URL);
                Statement statement = connection.createStatement();
                ResultSet on = statement.executeQuery("SHOW autovacuum")) {
            on.next();
            return new AutovacuumStandIn(schema, !"on".equals(on.getString(1)));
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
                    vacuum.execute("VACUUM (ANALYZE) " + schema + ".\"" + table.replace("\"", "\"\"") + "\"");
                }
            }
        }
    }
}
