package org.casenotes.supervision.core.storage;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.casenotes.supervision.api.error.ConflictException;
import org.casenotes.supervision.api.error.StorageUnavailableException;
import org.casenotes.supervision.api.error.SupervisionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs work in a transaction: all of it is stored or none of it. A typed error thrown by the
 * work rolls back and passes through; a database fault rolls back and becomes {@link
 * StorageUnavailableException}, or {@link ConflictException} when the database reports a
 * serialization failure, a deadlock or a duplicate key from a concurrent writer.
 */
public final class Transactions {

    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    private final DataSource dataSource;
    /** How this database is asked for rows cheapest, learnt from the first connection; see {@link Dialect}. */
    private volatile Dialect dialect;

    /**
     * Creates the runner over the host's data source.
     *
     * @param dataSource the host's database
     */
    public Transactions(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Runs work in one read-committed transaction and then its after-commit actions.
     *
     * @param what a short description for error messages, without client data
     * @param work the work
     * @param <T> what the work returns
     * @return the work's result
     */
    public <T> T inTransaction(String what, SqlWork<T> work) {
        return run(what, work, false);
    }

    /**
     * Runs reading work in one repeatable-read transaction, so that every query of the work
     * sees the same data however long it takes: a packet reads its notes more than once (the
     * summary, the pages, the embedded data) and all reads must agree. PostgreSQL gives the
     * work one snapshot; H2's MVStore keeps the rows read unchanged. The connection's
     * isolation and auto-commit are restored afterwards; auto-commit is off meanwhile, which
     * lets PostgreSQL's driver stream rows with a fetch size.
     *
     * @param what a short description for error messages, without client data
     * @param work the work; it should only read
     * @param <T> what the work returns
     * @return the work's result
     */
    public <T> T inSnapshot(String what, SqlWork<T> work) {
        return run(what, work, true);
    }

    private <T> T run(String what, SqlWork<T> work, boolean snapshot) {
        Tx tx;
        T result;
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            // Asked only when it is changed: PostgreSQL's driver asks the server on every call.
            int isolation = snapshot ? connection.getTransactionIsolation() : Connection.TRANSACTION_NONE;
            connection.setAutoCommit(false);
            if (snapshot) {
                connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            }
            try {
                tx = new Tx(connection, dialect(connection));
                result = work.run(tx);
                connection.commit();
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection);
                throw e;
            } finally {
                if (snapshot) {
                    restoreIsolationQuietly(connection, isolation);
                }
                restoreQuietly(connection, autoCommit);
            }
        } catch (SupervisionException e) {
            throw e;
        } catch (SQLException e) {
            throw translate(what, e);
        }
        for (Runnable action : tx.afterCommitActions()) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.warn("an after-commit action of '{}' failed: {}", what, e.getClass().getSimpleName());
            }
        }
        return result;
    }

    private Dialect dialect(Connection connection) throws SQLException {
        Dialect known = dialect;
        if (known == null) {
            known = Dialect.of(connection.getMetaData().getDatabaseProductName());
            dialect = known;
        }
        return known;
    }

    /**
     * Maps a database fault to the typed error a host can answer with.
     *
     * @param what what was being done
     * @param e the fault
     * @return a conflict for concurrency failures, otherwise storage-unavailable
     */
    /** The SQLStates of a lost race; see {@link #translate}. */
    static final java.util.Set<String> CONFLICT_STATES = java.util.Set.of("40001", "40P01", "23505", "HYT00", "55P03");

    public static SupervisionException translate(String what, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        // A lost race, whichever way the database reports it; the action changed nothing and may be
        // retried after a reload. 40001 serialization failure, 40P01 deadlock, 23505 unique
        // violation (PostgreSQL and H2); a row lock not granted in time: HYT00 (H2's lock timeout,
        // error 50200) and 55P03 (PostgreSQL's lock_not_available). The same classification as
        // Spring's SQL error translation, where a lock not acquired is a concurrency failure.
        if (CONFLICT_STATES.contains(state)) {
            // Expected under contention, so not a warning; named for support with the code
            // location that lost (never the driver's message, which may quote a row's values).
            LOG.info("lost a database race while trying to {} (SQLState {}, at {})", what, state, whereLost(e));
            return new ConflictException(
                    "someone else changed this at the same time while trying to " + what + "; reload and try again");
        }
        return new StorageUnavailableException("the database could not " + what + " (SQLState " + state + ")", e);
    }

    /** The module's innermost frame in the fault's stack: class, method and line, no values. */
    static String whereLost(SQLException e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.casenotes.supervision.")) {
                String type = frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1);
                return type + "." + frame.getMethodName() + ":" + frame.getLineNumber();
            }
        }
        return "an unknown statement";
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.warn("rollback failed: SQLState {}", e.getSQLState());
        }
    }

    private static void restoreIsolationQuietly(Connection connection, int isolation) {
        try {
            connection.setTransactionIsolation(isolation);
        } catch (SQLException e) {
            LOG.warn("restoring the isolation level failed: SQLState {}", e.getSQLState());
        }
    }

    private static void restoreQuietly(Connection connection, boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            LOG.debug("could not restore auto-commit: SQLState {}", e.getSQLState());
        }
    }
}
