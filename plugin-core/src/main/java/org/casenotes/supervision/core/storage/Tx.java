package org.casenotes.supervision.core.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One open transaction: its connection, what to do once it has committed (such as sending
 * domain events to the host, which must never see a rolled-back action), and what it read once
 * for all its steps. Confined to the thread running the transaction; not thread-safe.
 */
public final class Tx {

    private final Connection connection;
    private final LockStyle lockStyle;
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final java.util.Set<Object> onceKeys = new java.util.HashSet<>();
    private final Map<Object, Object> readOnce = new HashMap<>();

    Tx(Connection connection, LockStyle lockStyle) {
        this.connection = connection;
        this.lockStyle = lockStyle;
    }

    /**
     * A transaction over a connection whose commit and rollback the caller manages itself (its
     * after-commit actions are not run); {@link Transactions} is the usual way in.
     *
     * @param connection a connection with auto-commit off
     * @return the transaction
     * @throws SQLException when the database cannot be asked what it is
     */
    public static Tx over(Connection connection) throws SQLException {
        return new Tx(connection, LockStyle.of(connection.getMetaData().getDatabaseProductName()));
    }

    /**
     * How a database takes a row lock for the rest of a transaction and reads the locked rows, at
     * the least cost. PostgreSQL: {@code SELECT ... FOR UPDATE}, which writes nothing and which
     * its driver prepares once per connection. H2 (2.x) parses a {@code SELECT ... FOR UPDATE}
     * again on every execution (such a query is never kept in the session's parsed-statement
     * cache, {@code QUERY_CACHE_SIZE}), while an {@code UPDATE} is kept: a no-op update of the
     * rows takes the same exclusive row locks, held to the end of the transaction, and H2's data
     * change delta table ({@code SELECT ... FROM OLD TABLE (UPDATE ...)}, SQL:2016 and H2's
     * grammar) returns the rows it locked in the same statement.
     */
    enum LockStyle {
        /** {@code SELECT ... FOR UPDATE}. */
        SELECT_FOR_UPDATE,
        /** {@code SELECT ... FROM OLD TABLE (UPDATE ... SET c = c WHERE ...)}: lock and read in one. */
        SELECT_FROM_NO_OP_UPDATE;

        /**
         * The style used on a database: the no-op update read through its delta table on H2,
         * {@code SELECT ... FOR UPDATE} elsewhere. Measured in a loop of lock, update and commit
         * on one H2 session: 11 to 14 us a round against 15 to 21 us for the no-op update
         * followed by a plain {@code SELECT} and 17 to 21 us for {@code FOR UPDATE}
         * (benchmarks/ANALYSIS.md). {@code ReviewStatementPlansH2Test} fails on any read of the
         * write path that walks a secondary index instead of finding its rows by key.
         */
        static LockStyle of(String databaseProductName) {
            return "H2".equals(databaseProductName) ? SELECT_FROM_NO_OP_UPDATE : SELECT_FOR_UPDATE;
        }
    }

    /**
     * Whether a statement's {@code WITH} clause may insert, update or delete (PostgreSQL's
     * data-modifying {@code WITH}), so that a write and another that depends on its result go to
     * the database as one statement: one round trip instead of two. True on PostgreSQL, false on
     * H2, which has no such clause (the two databases the module runs on).
     *
     * @return whether data-modifying {@code WITH} clauses may be sent
     */
    public boolean changesDataInWith() {
        return lockStyle == LockStyle.SELECT_FOR_UPDATE;
    }

    /**
     * Reads rows and locks them until this transaction ends, so that no other transaction can
     * change or lock them meanwhile (it waits, or fails with the database's lock timeout). The
     * rows are read as they are once the lock is granted: a change another transaction committed
     * while this one waited is seen.
     *
     * @param columns the columns to read, as in a {@code SELECT} list ({@code "state, version"})
     * @param table the one table read
     * @param touchedColumn a column of that table that is no part of any key or index, which
     *     H2's no-op update sets to itself
     * @param where the condition, whose parameters are {@code keys}; no {@code ORDER BY}: the
     *     rows come in no particular order
     * @param keys the parameter values, in order
     * @param read reads the result; called once
     * @param <T> what is read
     * @return what {@code read} returned
     * @throws SQLException on a database fault, including a lock not granted in time
     */
    public <T> T readLocked(String columns, String table, String touchedColumn, String where, List<?> keys,
            SqlRead<T> read) throws SQLException {
        if (lockStyle == LockStyle.SELECT_FROM_NO_OP_UPDATE) {
            return query("SELECT " + columns + " FROM OLD TABLE (UPDATE " + table + " SET " + touchedColumn + " = "
                    + touchedColumn + " WHERE " + where + ")", keys, read);
        }
        return query("SELECT " + columns + " FROM " + table + " WHERE " + where + " FOR UPDATE", keys, read);
    }

    /**
     * Deletes rows and reads them in one statement: H2's data change delta table ({@code SELECT
     * ... FROM OLD TABLE (DELETE ...)}), PostgreSQL's {@code DELETE ... RETURNING}. The rows stay
     * locked until this transaction ends, and a rollback brings them back.
     *
     * @param columns the columns to read, as in a {@code SELECT} list
     * @param table the one table
     * @param where the condition, whose parameters are {@code keys}; the rows come in no
     *     particular order
     * @param keys the parameter values, in order
     * @param read reads the deleted rows; called once
     * @param <T> what is read
     * @return what {@code read} returned
     * @throws SQLException on a database fault, including a lock not granted in time
     */
    public <T> T deleteReturning(String columns, String table, String where, List<?> keys, SqlRead<T> read)
            throws SQLException {
        if (lockStyle == LockStyle.SELECT_FROM_NO_OP_UPDATE) {
            return query("SELECT " + columns + " FROM OLD TABLE (DELETE FROM " + table + " WHERE " + where + ")", keys,
                    read);
        }
        return query("DELETE FROM " + table + " WHERE " + where + " RETURNING " + columns, keys, read);
    }

    private <T> T query(String sql, List<?> keys, SqlRead<T> read) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, keys);
            try (ResultSet rows = query.executeQuery()) {
                return read.read(rows);
            }
        }
    }

    private static void bind(PreparedStatement statement, List<?> keys) throws SQLException {
        for (int i = 0; i < keys.size(); i++) {
            statement.setObject(i + 1, keys.get(i));
        }
    }

    /**
     * Reads a query's result.
     *
     * @param <T> what is read
     */
    @FunctionalInterface
    public interface SqlRead<T> {
        /**
         * Reads the rows.
         *
         * @param rows the result, before its first row
         * @return what was read
         * @throws SQLException on a database fault
         */
        T read(ResultSet rows) throws SQLException;
    }

    /**
     * The transaction's connection; do not commit, roll back or close it.
     *
     * @return the connection
     */
    public Connection connection() {
        return connection;
    }

    /**
     * Runs an action after the transaction commits; dropped if it rolls back.
     *
     * @param action what to run, such as delivering an event
     */
    public void afterCommit(Runnable action) {
        afterCommit.add(action);
    }

    /**
     * Runs an action after the transaction commits, once per key however often it is asked
     * for (two events of one note need one delivery); dropped if the transaction rolls back.
     *
     * @param key what the action is for, compared by {@code equals}
     * @param action what to run
     */
    public void afterCommitOnce(Object key, Runnable action) {
        if (onceKeys.add(key)) {
            afterCommit.add(action);
        }
    }

    /**
     * A value read once per transaction: the first call for a key runs the read, later calls
     * in the same transaction return its result without asking the database again, so one
     * action works with one version of what it read (such as the organisation's policy) even
     * if another transaction commits a newer one meanwhile. Whoever writes what a key stands
     * for calls {@link #forget} in the same transaction.
     *
     * @param key what is read, compared by {@code equals}
     * @param type the value's type
     * @param read the read, run in this transaction; it may not return {@code null}
     * @param <T> the value's type
     * @return the value read first for this key in this transaction
     * @throws SQLException when the read fails; nothing is remembered then
     * @throws ClassCastException when the key was remembered with another type
     */
    public <T> T readOnce(Object key, Class<T> type, SqlWork<T> read) throws SQLException {
        Object known = readOnce.get(key);
        if (known != null) {
            return type.cast(known);
        }
        T value = java.util.Objects.requireNonNull(read.run(this), "a read-once value");
        readOnce.put(key, value);
        return value;
    }

    /**
     * Forgets a value read with {@link #readOnce}, after this transaction changed it.
     *
     * @param key the key it was read under
     */
    public void forget(Object key) {
        readOnce.remove(key);
    }

    List<Runnable> afterCommitActions() {
        return afterCommit;
    }
}
