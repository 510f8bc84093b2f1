package org.casenotes.supervision.host.clinic;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The host's database: embedded H2 under the data folder by default, PostgreSQL by URL.
 * The plugin keeps its tables here too, beside the host's own.
 */
public final class ClinicDatabase implements AutoCloseable {

    private static final int H2_MAX_CONNECTIONS = 32;
    private static final int POSTGRES_MAX_CONNECTIONS = 20;

    private final String url;
    private final DataSource dataSource;
    private final Runnable closer;

    private ClinicDatabase(String url, DataSource dataSource, Runnable closer) {
        this.url = url;
        this.dataSource = dataSource;
        this.closer = closer;
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
     * Opens a database by JDBC URL.
     *
     * @param url an H2 ({@code jdbc:h2:…}) or PostgreSQL ({@code jdbc:postgresql:…}) URL
     * @return the open database
     * @throws IllegalArgumentException for any other kind of URL
     */
    public static ClinicDatabase open(String url) {
        if (url.startsWith("jdbc:h2:")) {
            JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
            pool.setMaxConnections(H2_MAX_CONNECTIONS);
            return new ClinicDatabase(url, pool, pool::dispose);
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGConnectionPoolDataSource postgres = new PGConnectionPoolDataSource();
            postgres.setUrl(url);
            if (postgres.getUser() == null) {
                postgres.setUser("postgres");
            }
            // H2's small generic pool over the driver's pooled connections: connections the
            // server drops are discarded, so service resumes when the database returns.
            JdbcConnectionPool pool = JdbcConnectionPool.create(postgres);
            pool.setMaxConnections(POSTGRES_MAX_CONNECTIONS);
            return new ClinicDatabase(url, new ValidatingDataSource(pool), pool::dispose);
        }
        throw new IllegalArgumentException("unsupported database URL (use jdbc:h2: or jdbc:postgresql:)");
    }

    /**
     * The pooled data source the host and the plugin share.
     *
     * @return the data source
     */
    public DataSource dataSource() {
        return dataSource;
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
        closer.run();
    }
}
