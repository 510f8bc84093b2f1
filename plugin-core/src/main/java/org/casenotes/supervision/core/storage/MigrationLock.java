package org.casenotes.supervision.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Serialises migrations: a session-level advisory lock on PostgreSQL (across hosts and
 * threads alike), and a lock within this JVM for other databases (H2, which one process opens).
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
        Connection connection = dataSource.getConnection();
        try {
            if (isPostgres(connection)) {
                try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
                    lock.setLong(1, ADVISORY_KEY);
                    lock.execute();
                }
                return new MigrationLock(connection);
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.close();
        IN_PROCESS.lock();
        return new MigrationLock(null);
    }

    @Override
    public void close() throws SQLException {
        if (connection == null) {
            IN_PROCESS.unlock();
            return;
        }
        try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, ADVISORY_KEY);
            unlock.execute();
        } finally {
            connection.close();
        }
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }
}
