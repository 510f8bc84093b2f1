package org.casenotes.supervision.benchmarks.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Pooled databases for benchmarks: H2 in memory or in a file, and a schema of the local
 * PostgreSQL (127.0.0.1:5432, database {@code test}, user {@code postgres}; override with
 * {@code SR_POSTGRES_URL}). Both use H2's small connection pool, so neither pays a connection
 * per transaction.
 */
public final class BenchDatabases {

    /** The PostgreSQL JDBC URL. */
    public static final String POSTGRES_URL = System.getenv().getOrDefault(
            "SR_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    private static final int MAX_CONNECTIONS = 16;

    private BenchDatabases() {
    }

    /** The databases a benchmark can run on. */
    public enum Kind {
        /** H2 2.x, embedded. */
        H2,
        /** The local PostgreSQL. */
        POSTGRES
    }

    /**
     * Whether the local PostgreSQL answers.
     *
     * @return true when a connection can be opened
     */
    public static boolean postgresReachable() {
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL)) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * A fresh in-memory H2 database.
     *
     * @return its pool
     */
    public static JdbcConnectionPool h2Memory() {
        return pool("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    /**
     * An H2 database in a file, created when missing.
     *
     * @param file the database file without its {@code .mv.db} suffix
     * @return its pool
     */
    public static JdbcConnectionPool h2File(Path file) {
        return pool("jdbc:h2:file:" + file.toAbsolutePath());
    }

    /**
     * A PostgreSQL schema, created when missing and emptied first when {@code fresh}.
     *
     * @param schema the schema's name (letters, digits and underscores)
     * @param fresh whether to drop what the schema holds
     * @return a pool whose connections use the schema
     * @throws SQLException when PostgreSQL is unreachable
     */
    public static JdbcConnectionPool postgres(String schema, boolean fresh) throws SQLException {
        checkSchemaName(schema);
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL);
                Statement statement = connection.createStatement()) {
            if (fresh) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
        }
        PGConnectionPoolDataSource source = new PGConnectionPoolDataSource();
        source.setUrl(POSTGRES_URL);
        source.setCurrentSchema(schema);
        source.setReWriteBatchedInserts(true);
        JdbcConnectionPool pool = JdbcConnectionPool.create(source);
        pool.setMaxConnections(MAX_CONNECTIONS);
        return pool;
    }

    /**
     * Refuses a schema name that is not plain letters, digits and underscores, so that it can be
     * written into SQL.
     *
     * @param schema the name
     * @throws IllegalArgumentException when it is not
     */
    static void checkSchemaName(String schema) {
        if (!schema.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("schema name " + schema);
        }
    }

    /**
     * A fresh database of a kind: in-memory H2 or a new PostgreSQL schema.
     *
     * @param kind the kind
     * @param name a name for the PostgreSQL schema
     * @return its pool
     * @throws SQLException when PostgreSQL is unreachable
     */
    public static JdbcConnectionPool fresh(Kind kind, String name) throws SQLException {
        return kind == Kind.H2 ? h2Memory() : postgres(name, true);
    }

    private static JdbcConnectionPool pool(String url) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        return pool;
    }
}
