package org.casenotes.supervision.host.clinic;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * The host's database: embedded H2 under the data folder by default, PostgreSQL by URL, both
 * pooled by HikariCP. The plugin keeps its tables here too, beside the host's own, and needs
 * no more than one connection of the pool at a time per call.
 *
 * <p>HikariCP checks a connection that sat idle before handing it out and replaces ones the
 * server dropped, so the first request after a database outage succeeds; while the database is
 * away a request waits at most {@link #CONNECTION_TIMEOUT_MS} for a connection, then fails.
 */
public final class ClinicDatabase implements AutoCloseable {

    /** How long a request waits for a pooled connection before it is answered 503. */
    static final long CONNECTION_TIMEOUT_MS = 5_000;
    private static final int H2_MAX_CONNECTIONS = 32;
    private static final int POSTGRES_MAX_CONNECTIONS = 20;

    private final String url;
    private final HikariDataSource pool;

    private ClinicDatabase(String url, HikariDataSource pool) {
        this.url = url;
        this.pool = pool;
    }

    /**
     * The default database: an H2 file in the data folder.
     *
     * @param dataDir the host's data folder
     * @return the JDBC URL
     */
    public static String defaultUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("clinic") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /**
     * Opens a database by JDBC URL. No connection is made yet: a host starts while its
     * database is away and serves once it returns.
     *
     * @param url an H2 ({@code jdbc:h2:…}) or PostgreSQL ({@code jdbc:postgresql:…}) URL; a
     *     PostgreSQL URL without {@code user=} connects as {@code postgres}
     * @return the open database
     * @throws IllegalArgumentException for any other kind of URL
     */
    public static ClinicDatabase open(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("clinic");
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        config.setInitializationFailTimeout(-1);
        if (url.startsWith("jdbc:h2:")) {
            config.setUsername("sa");
            config.setPassword("");
            config.setMaximumPoolSize(H2_MAX_CONNECTIONS);
        } else if (url.startsWith("jdbc:postgresql:")) {
            if (!url.contains("user=")) {
                config.setUsername("postgres");
            }
            config.setMaximumPoolSize(POSTGRES_MAX_CONNECTIONS);
        } else {
            throw new IllegalArgumentException("unsupported database URL (use jdbc:h2: or jdbc:postgresql:)");
        }
        return new ClinicDatabase(url, new HikariDataSource(config));
    }

    /**
     * The pooled data source the host and the plugin share.
     *
     * @return the data source
     */
    public DataSource dataSource() {
        return pool;
    }

    /**
     * The database kind, for status pages: {@code h2} or {@code postgresql}.
     *
     * @return the kind
     */
    public String kind() {
        return url.startsWith("jdbc:h2:") ? "h2" : "postgresql";
    }

    @Override
    public void close() {
        pool.close();
    }
}
