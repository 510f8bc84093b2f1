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
    /**
     * Parsed statements H2 keeps per connection ({@code QUERY_CACHE_SIZE}; H2's default is 8).
     * One review cycle of the plugin prepares about 25 distinct statements, a request of the
     * host's web UI a few more: with H2's default every one of them is parsed again on each
     * use, which was a third of a review cycle's time on H2 (benchmarks/ANALYSIS.md).
     */
    static final int H2_QUERY_CACHE_SIZE = 128;
    private static final String H2_QUERY_CACHE_SETTING = "QUERY_CACHE_SIZE";
    /**
     * How long an H2 session waits for a row another transaction holds, in milliseconds ({@code
     * LOCK_TIMEOUT}; H2's default is one second). Two actions on one note, or two audited writes
     * of one organisation, wait for each other's commit; the one that waits then sees the other's
     * change and answers with a conflict, as on PostgreSQL, which waits without a limit. With H2's
     * one second a busy machine turns that wait into a storage error instead.
     */
    static final int H2_LOCK_TIMEOUT_MS = 10_000;
    private static final String H2_LOCK_TIMEOUT_SETTING = "LOCK_TIMEOUT";
    /** The most page cache the host gives H2, in KiB (256 MiB). */
    static final int H2_MOST_CACHE_KB = 256 * 1024;
    /** H2's own default page cache, in KiB (16 MiB): the host never gives it less. */
    static final int H2_DEFAULT_CACHE_KB = 16 * 1024;
    /**
     * H2's page cache for a file database, in KiB ({@code CACHE_SIZE}; H2's default is 16 MiB):
     * an eighth of this JVM's maximum heap, at least H2's 16 MiB and at most 256 MiB. The
     * plugin's write path touches some twenty tables and their indexes in each review cycle; at
     * H2's default the review benchmark read pages back from the file for a twelfth of its page
     * lookups (hit ratio 91 to 92 %), and 256 MiB made the module's cycle about 5 % faster at one
     * thread while the same-steps baseline, with fewer and narrower tables, gained nothing
     * measurable (benchmarks/ANALYSIS.md). H2 holds the cache on the heap, hence the share of it.
     */
    static final int H2_CACHE_KB = h2CacheKb(Runtime.getRuntime().maxMemory());
    private static final String H2_CACHE_SETTING = "CACHE_SIZE";
    private static final int POSTGRES_MAX_CONNECTIONS = 20;

    private final String url;
    private final HikariDataSource pool;

    private ClinicDatabase(String url, HikariDataSource pool) {
        this.url = url;
        this.pool = pool;
    }

    /**
     * The default database: an H2 file in the data folder, keeping {@value #H2_QUERY_CACHE_SIZE}
     * parsed statements per connection and {@link #H2_CACHE_KB} KiB of pages.
     *
     * @param dataDir the host's data folder
     * @return the JDBC URL
     */
    public static String defaultUrl(Path dataDir) {
        return withH2Settings("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("clinic") + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    /**
     * An H2 URL with the host's statement cache, lock wait and page cache: each of {@code
     * QUERY_CACHE_SIZE} ({@value #H2_QUERY_CACHE_SIZE}), {@code LOCK_TIMEOUT} ({@value
     * #H2_LOCK_TIMEOUT_MS} ms) and {@code CACHE_SIZE} ({@link #H2_CACHE_KB}) is appended unless
     * the URL names it itself (any case).
     *
     * @param url an H2 JDBC URL
     * @return the URL the pool connects with
     */
    static String withH2Settings(String url) {
        String upper = url.toUpperCase(java.util.Locale.ROOT);
        String chosen = url;
        if (!names(upper, H2_QUERY_CACHE_SETTING)) {
            chosen += ";" + H2_QUERY_CACHE_SETTING + "=" + H2_QUERY_CACHE_SIZE;
        }
        if (!names(upper, H2_LOCK_TIMEOUT_SETTING)) {
            chosen += ";" + H2_LOCK_TIMEOUT_SETTING + "=" + H2_LOCK_TIMEOUT_MS;
        }
        if (!names(upper, H2_CACHE_SETTING)) {
            chosen += ";" + H2_CACHE_SETTING + "=" + H2_CACHE_KB;
        }
        return chosen;
    }

    /**
     * Whether an upper-cased H2 URL names a setting: {@code ;NAME=} after the database path
     * (H2 allows no space there), so that {@code QUERY_CACHE_SIZE} is not {@code CACHE_SIZE} and
     * a folder called {@code CACHE_SIZE=1} is no setting.
     */
    private static boolean names(String upperUrl, String setting) {
        return upperUrl.contains(";" + setting + "=");
    }

    /**
     * The page cache for a JVM whose heap may grow to {@code maxHeapBytes}: an eighth of it, at
     * least {@value #H2_DEFAULT_CACHE_KB} KiB and at most {@value #H2_MOST_CACHE_KB} KiB.
     *
     * @param maxHeapBytes the JVM's maximum heap in bytes ({@link Runtime#maxMemory()}; {@code
     *     Long.MAX_VALUE} when it has no limit)
     * @return the cache size in KiB
     */
    static int h2CacheKb(long maxHeapBytes) {
        long eighthKb = maxHeapBytes / 8 / 1024;
        return (int) Math.max(H2_DEFAULT_CACHE_KB, Math.min(H2_MOST_CACHE_KB, eighthKb));
    }

    /**
     * Opens a database by JDBC URL. No connection is made yet: a host starts while its
     * database is away and serves once it returns.
     *
     * @param url an H2 ({@code jdbc:h2:…}) or PostgreSQL ({@code jdbc:postgresql:…}) URL; a
     *     PostgreSQL URL without {@code user=} connects as {@code postgres}; an H2 URL without
     *     {@code QUERY_CACHE_SIZE}, {@code LOCK_TIMEOUT} or {@code CACHE_SIZE} gets the host's
     *     ({@link #withH2Settings})
     * @return the open database
     * @throws IllegalArgumentException for any other kind of URL
     */
    public static ClinicDatabase open(String url) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url.startsWith("jdbc:h2:") ? withH2Settings(url) : url);
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
