package org.casenotes.supervision.core.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.casenotes.supervision.api.error.StorageUnavailableException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and upgrades the plugin's tables ({@code sr_*}) in the host's database.
 *
 * <p>Flyway runs with the plugin's class loader, so the plugin's Flyway and its scripts are
 * used whatever the host has on its own class path. The history table is the plugin's own
 * ({@code sr_schema_history}) and the host's tables may share the schema. Two hosts migrating
 * one database at once are serialised by {@link MigrationLock}: Flyway's own lock does not
 * cover creating the history table beside the host's tables, so two first starts could race.
 *
 * <p>The scripts known to exist come from {@link MigrationIndex}, which the build writes, so a
 * start on an up-to-date database costs one query and no class-path scan.
 */
public final class Migrations {

    static final String HISTORY_TABLE = "sr_schema_history";
    static final String LOCATION = "classpath:org/casenotes/supervision/core/storage/migration";
    /**
     * Scripts one database needs in its own dialect (triggers), in a sibling folder per vendor
     * ({@code h2}, {@code postgresql}); a sibling, because Flyway scans locations recursively.
     */
    static final String VENDOR_LOCATION = "classpath:org/casenotes/supervision/core/storage/vendor/";

    private static final MigrationIndex INDEX = MigrationIndex.load();

    private Migrations() {
    }

    /**
     * Applies every pending migration, over a single connection of the host's pool.
     *
     * <p>When the history table already lists every migration the plugin ships (the common
     * start on a migrated database), Flyway is not started at all: one query decides. Checksums
     * of applied scripts are then not checked at start; Flyway checks them whenever it runs.
     *
     * @param dataSource the host's database; a pool of one connection is enough
     * @return the schema version after migrating, such as {@code 5}
     * @throws StorageUnavailableException when the database cannot be reached or a migration
     *     fails; a failed migration is rolled back where the database allows it
     */
    public static String migrate(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            String vendor = vendorOf(connection);
            try (MigrationLock lock = MigrationLock.acquire(connection, vendor)) {
                Optional<AppliedMigrations> applied = AppliedMigrations.read(connection);
                if (applied.isPresent() && applied.get().covers(INDEX.versionsFor(vendor))) {
                    return applied.get().latest();
                }
                return migrateHoldingLock(new OneConnection(connection), vendor);
            }
        } catch (SQLException e) {
            throw new StorageUnavailableException(
                    "the plugin's tables could not be brought up to date (SQLState " + e.getSQLState() + ")", e);
        }
    }

    /**
     * Names the database kind the way the vendor folders do.
     *
     * @param dataSource the database
     * @return {@code postgresql} or {@code h2}
     * @throws SQLException when the database cannot be reached
     * @throws StorageUnavailableException for any other database
     */
    public static String vendorOf(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return vendorOf(connection);
        }
    }

    private static String vendorOf(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        if (product.contains("postgres")) {
            return "postgresql";
        }
        if (product.contains("h2")) {
            return "h2";
        }
        throw new StorageUnavailableException("unsupported database '" + product + "' (use H2 or PostgreSQL)", null);
    }

    private static String migrateHoldingLock(DataSource dataSource, String vendor) {
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION, VENDOR_LOCATION + vendor)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
        try {
            MigrateResult result = flyway.migrate();
            return result.targetSchemaVersion != null
                    ? result.targetSchemaVersion
                    : flyway.info().current().getVersion().getVersion();
        } catch (FlywayException e) {
            throw new StorageUnavailableException(
                    "the plugin's tables could not be brought up to date: " + e.getMessage(), e);
        }
    }
}
