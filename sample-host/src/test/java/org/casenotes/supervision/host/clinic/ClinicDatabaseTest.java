package org.casenotes.supervision.host.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host's H2 connections keep enough parsed statements for the plugin's write path (H2's
 * default of 8 made every statement of a review cycle be parsed again on each use), wait long
 * enough for a row another transaction holds, and give H2 a page cache sized to the heap.
 */
class ClinicDatabaseTest {

    @Test
    void theDefaultFileDatabaseKeepsTheHostsStatementCache(@TempDir Path data) throws Exception {
        try (ClinicDatabase database = ClinicDatabase.open(ClinicDatabase.defaultUrl(data))) {
            assertThat(queryCacheSize(database)).isEqualTo(ClinicDatabase.H2_QUERY_CACHE_SIZE).isGreaterThanOrEqualTo(64);
        }
    }

    @Test
    void anH2UrlOfTheOperatorsGetsTheStatementCacheUnlessItNamesOne() throws Exception {
        try (ClinicDatabase database = ClinicDatabase.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {
            assertThat(queryCacheSize(database)).isEqualTo(ClinicDatabase.H2_QUERY_CACHE_SIZE);
        }
        try (ClinicDatabase database = ClinicDatabase.open(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";query_cache_size=16;DB_CLOSE_DELAY=-1")) {
            assertThat(queryCacheSize(database)).isEqualTo(16);
        }
    }

    @Test
    void anH2SessionWaitsTenSecondsForARowAnotherTransactionHoldsUnlessTheUrlSaysOtherwise(@TempDir Path data)
            throws Exception {
        try (ClinicDatabase database = ClinicDatabase.open(ClinicDatabase.defaultUrl(data))) {
            assertThat(lockTimeout(database)).isEqualTo(ClinicDatabase.H2_LOCK_TIMEOUT_MS).isEqualTo(10_000);
        }
        try (ClinicDatabase database = ClinicDatabase.open(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";lock_timeout=2500;DB_CLOSE_DELAY=-1")) {
            assertThat(lockTimeout(database)).isEqualTo(2500);
        }
    }

    @Test
    void theDefaultFileDatabaseGivesH2AnEighthOfTheHeapForPagesWithinH2sDefaultAnd256MiB(@TempDir Path data)
            throws Exception {
        try (ClinicDatabase database = ClinicDatabase.open(ClinicDatabase.defaultUrl(data))) {
            assertThat(pageCacheMiB(database)).isEqualTo(ClinicDatabase.H2_CACHE_KB / 1024);
        }
        assertThat(ClinicDatabase.H2_CACHE_KB).isEqualTo(ClinicDatabase.h2CacheKb(Runtime.getRuntime().maxMemory()));
    }

    @Test
    void thePageCacheIsAnEighthOfTheMaximumHeapNeverBelowH2sDefaultNorAbove256MiB() {
        long mib = 1024L * 1024;
        assertThat(ClinicDatabase.h2CacheKb(512 * mib)).as("512 MiB heap").isEqualTo(64 * 1024);
        assertThat(ClinicDatabase.h2CacheKb(1024 * mib)).as("1 GiB heap").isEqualTo(128 * 1024);
        assertThat(ClinicDatabase.h2CacheKb(128 * mib)).as("128 MiB heap: H2's own 16 MiB").isEqualTo(16 * 1024);
        assertThat(ClinicDatabase.h2CacheKb(0)).isEqualTo(16 * 1024);
        assertThat(ClinicDatabase.h2CacheKb(6L * 1024 * mib)).as("6 GiB heap").isEqualTo(256 * 1024);
        assertThat(ClinicDatabase.h2CacheKb(Long.MAX_VALUE)).as("no heap limit").isEqualTo(256 * 1024);
    }

    @Test
    void anH2UrlThatNamesItsPageCacheKeepsItAndOneThatNamesOnlyTheStatementCacheGetsTheHosts(@TempDir Path data)
            throws Exception {
        try (ClinicDatabase database = ClinicDatabase.open("jdbc:h2:file:" + data.resolve("own").toAbsolutePath()
                + ";cache_size=32768")) {
            assertThat(pageCacheMiB(database)).isEqualTo(32);
        }
        try (ClinicDatabase database = ClinicDatabase.open("jdbc:h2:file:" + data.resolve("statements").toAbsolutePath()
                + ";QUERY_CACHE_SIZE=64")) {
            assertThat(queryCacheSize(database)).isEqualTo(64);
            assertThat(pageCacheMiB(database)).isEqualTo(ClinicDatabase.H2_CACHE_KB / 1024);
        }
    }

    @Test
    void eachOfTheHostsH2SettingsIsAppendedExactlyWhenTheUrlDoesNotNameItAsASetting() {
        String cache = ";CACHE_SIZE=" + ClinicDatabase.H2_CACHE_KB;
        String all = ";QUERY_CACHE_SIZE=128;LOCK_TIMEOUT=10000" + cache;
        assertThat(ClinicDatabase.withH2Settings("jdbc:h2:file:/data/clinic")).isEqualTo("jdbc:h2:file:/data/clinic" + all);
        assertThat(ClinicDatabase.withH2Settings("jdbc:h2:file:/data/clinic;cache_size=32768"))
                .as("named in lower case, first after the path").doesNotContain(cache)
                .isEqualTo("jdbc:h2:file:/data/clinic;cache_size=32768;QUERY_CACHE_SIZE=128;LOCK_TIMEOUT=10000");
        assertThat(ClinicDatabase.withH2Settings("jdbc:h2:file:/data/clinic;Query_Cache_Size=16"))
                .as("the statement cache is not the page cache")
                .isEqualTo("jdbc:h2:file:/data/clinic;Query_Cache_Size=16;LOCK_TIMEOUT=10000" + cache);
        assertThat(ClinicDatabase.withH2Settings("jdbc:h2:file:/data/CACHE_SIZE=1/LOCK_TIMEOUT=2/QUERY_CACHE_SIZE=3/db"))
                .as("words in the path are no settings")
                .isEqualTo("jdbc:h2:file:/data/CACHE_SIZE=1/LOCK_TIMEOUT=2/QUERY_CACHE_SIZE=3/db" + all);
        assertThat(ClinicDatabase.withH2Settings("jdbc:h2:mem:x;LOCK_TIMEOUT=1;CACHE_SIZE=2;QUERY_CACHE_SIZE=3"))
                .isEqualTo("jdbc:h2:mem:x;LOCK_TIMEOUT=1;CACHE_SIZE=2;QUERY_CACHE_SIZE=3");
    }

    private static int lockTimeout(ClinicDatabase database) throws Exception {
        try (Connection connection = database.dataSource().getConnection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT LOCK_TIMEOUT()")) {
            assertThat(rs.next()).isTrue();
            return rs.getInt(1);
        }
    }

    private static int queryCacheSize(ClinicDatabase database) throws Exception {
        return setting(database, "QUERY_CACHE_SIZE");
    }

    /** H2's page cache limit in MiB, as the database reports it. */
    private static int pageCacheMiB(ClinicDatabase database) throws Exception {
        return setting(database, "info.CACHE_MAX_SIZE");
    }

    private static int setting(ClinicDatabase database, String name) throws Exception {
        try (Connection connection = database.dataSource().getConnection(); java.sql.PreparedStatement statement =
                connection.prepareStatement("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = ?")) {
            statement.setString(1, name);
            try (ResultSet rs = statement.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return Integer.parseInt(rs.getString(1));
            }
        }
    }
}
