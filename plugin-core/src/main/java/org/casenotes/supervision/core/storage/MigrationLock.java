package org.casenotes.supervision.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Serialises migrations: a session-level advisory lock on PostgreSQL (across hosts), and a
 * lock within this JVM for every database (for H2, which only one process opens).
 */
final class MigrationLock implements AutoCloseable {

    /** An arbitrary, fixed advisory-lock key owned by this plugin's migrations. */
    private static final long ADVISORY_KEY = 0x5352_4D49_4752_4154L;
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private final Connection connection;

    private MigrationLock(Connection connection) {
        this.connection = connection;
    }

    static MigrationLock acquire(DataSource dataSource) throws SQLException {
        IN_PROCESS.lock();
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            if (isPostgres(connection)) {
                try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
                    lock.setLong(1, ADVISORY_KEY);
                    lock.execute();
                }
                return new MigrationLock(connection);
            }
            connection.close();
            return new MigrationLock(null);
        } catch (SQLException | RuntimeException e) {
            if (connection != null) {
                connection.close();
            }
            IN_PROCESS.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            if (connection != null) {
                try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
                    unlock.setLong(1, ADVISORY_KEY);
                    unlock.execute();
                } finally {
                    connection.close();
                }
            }
        } finally {
            IN_PROCESS.unlock();
        }
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }
}
