package org.casenotes.supervision.core.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What the plugin's history table says was applied, read with one plain query so that a
 * database already up to date needs no Flyway at all at start-up.
 *
 * @param versions the versions applied with success
 * @param failed whether any row records a failed migration
 * @param latest the highest version applied, in Flyway's spelling
 */
record AppliedMigrations(Set<String> versions, boolean failed, String latest) {

    /**
     * Reads the history table over the given connection.
     *
     * @param connection a connection in auto-commit mode
     * @return what was applied; empty when the history table does not exist yet
     * @throws SQLException when the database cannot be reached
     */
    static Optional<AppliedMigrations> read(Connection connection) throws SQLException {
        Set<String> versions = new HashSet<>();
        boolean failed = false;
        String latest = null;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT \"version\", \"success\" FROM \""
                        + Migrations.HISTORY_TABLE + "\" WHERE \"version\" IS NOT NULL")) {
            while (rows.next()) {
                String version = rows.getString(1);
                if (!rows.getBoolean(2)) {
                    failed = true;
                    continue;
                }
                versions.add(version);
                if (latest == null || compare(version, latest) > 0) {
                    latest = version;
                }
            }
        } catch (SQLException e) {
            if (!connection.isValid(2)) {
                throw e;
            }
            return Optional.empty();
        }
        return Optional.of(new AppliedMigrations(versions, failed, latest));
    }

    /**
     * Whether every expected migration is applied and none failed.
     *
     * @param expected the versions the plugin ships
     * @return {@code true} when Flyway would have nothing to do
     */
    boolean covers(Collection<String> expected) {
        return !failed && latest != null && versions.containsAll(expected);
    }

    private static int compare(String a, String b) {
        String[] left = a.split("\\.");
        String[] right = b.split("\\.");
        for (int i = 0; i < Math.max(left.length, right.length); i++) {
            long l = i < left.length ? Long.parseLong(left[i]) : 0;
            long r = i < right.length ? Long.parseLong(right[i]) : 0;
            if (l != r) {
                return Long.compare(l, r);
            }
        }
        return 0;
    }
}
