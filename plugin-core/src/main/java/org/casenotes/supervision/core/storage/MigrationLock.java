package org.casenotes.supervision.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises migrations: a session-level advisory lock on PostgreSQL (across hosts and
 * threads alike), taken on the migration's own connection so no second connection is needed,
 * and a lock within this JVM for other databases (H2, which one process opens).
 */
final class MigrationLock implements AutoCloseable {

    /** An arbitrary, fixed advisory-lock key owned by this plugin's migrations. */
    private static final long ADVISORY_KEY = 0x5352_4D49_4752_4154L;
    private static final ReentrantLock IN_PROCESS = new ReentrantLock();

    private final Connection advisory;

    private MigrationLock(Connection advisory) {
        this.advisory = advisory;
    }

    /**
     * Takes the lock.
     *
     * @param connection the migration's connection, in auto-commit mode
     * @param vendor {@code postgresql} or {@code h2}
     * @return the lock, to close when the migration is done
     * @throws SQLException when the database cannot take the lock
     */
    static MigrationLock acquire(Connection connection, String vendor) throws SQLException {
        if ("postgresql".equals(vendor)) {
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
                lock.setLong(1, ADVISORY_KEY);
                lock.execute();
            }
            return new MigrationLock(connection);
        }
        IN_PROCESS.lock();
        return new MigrationLock(null);
    }

    @Override
    public void close() throws SQLException {
        if (advisory == null) {
            IN_PROCESS.unlock();
            return;
        }
        try (PreparedStatement unlock = advisory.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, ADVISORY_KEY);
            unlock.execute();
        }
    }
}
