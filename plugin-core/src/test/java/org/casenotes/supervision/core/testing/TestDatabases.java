package org.casenotes.supervision.core.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Fresh, isolated databases for tests: an in-memory H2 database, or a new schema in the local
 * PostgreSQL (127.0.0.1:5432, database {@code test}, user {@code postgres}).
 *
 * <p>PostgreSQL tests skip with a clear message when the server cannot be reached, unless the
 * environment variable {@code SR_REQUIRE_POSTGRES=1} is set (as CI does): then they fail.
 */
public final class TestDatabases {

    /** The JDBC URL of the test PostgreSQL, overridable with {@code SR_POSTGRES_URL}. */
    public static final String POSTGRES_URL = System.getenv().getOrDefault(
            "SR_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    private TestDatabases() {
    }

    /**
     * A fresh in-memory H2 database, kept open until the JVM exits.
     *
     * @return its data source
     */
    public static DataSource h2() {
        JdbcDataSource h2 = new JdbcDataSource();
        // The H2 settings a host is told to use (README, "On H2"), as the sample host opens it.
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=128;LOCK_TIMEOUT=10000");
        h2.setUser("sa");
        return h2;
    }

    /**
     * A fresh, empty schema in the test PostgreSQL, used as the connection's search path.
     *
     * @return its data source
     */
    public static DataSource postgres() {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setUrl(POSTGRES_URL);
        postgres.setCurrentSchema(postgresSchema());
        return postgres;
    }

    /**
     * {@link #postgres()} with the driver rewriting batched inserts into multi-row inserts
     * ({@code reWriteBatchedInserts=true}), a setting hosts use for bulk loads: every row of such
     * an insert is evaluated against the one snapshot the statement sees.
     *
     * @return its data source
     */
    public static DataSource postgresRewritingBatchedInserts() {
        PGSimpleDataSource postgres = (PGSimpleDataSource) postgres();
        postgres.setReWriteBatchedInserts(true);
        return postgres;
    }

    /**
     * Creates a fresh, empty schema in the test PostgreSQL, for a test that builds its own pool.
     *
     * @return the schema's name
     */
    public static String postgresSchema() {
        String schema = "sr_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if ("1".equals(System.getenv("SR_REQUIRE_POSTGRES"))) {
                throw new IllegalStateException("PostgreSQL is required (SR_REQUIRE_POSTGRES=1) but "
                        + POSTGRES_URL + " is unreachable: " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL at " + POSTGRES_URL + " is unreachable, skipping: " + e.getMessage());
        }
        return schema;
    }
}
