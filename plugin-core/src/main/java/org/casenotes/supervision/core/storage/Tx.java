package org.casenotes.supervision.core.storage;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One open transaction: its connection, what to do once it has committed (such as sending
 * domain events to the host, which must never see a rolled-back action), and what it read once
 * for all its steps. Confined to the thread running the transaction; not thread-safe.
 */
public final class Tx {

    private final Connection connection;
    private final Dialect dialect;
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final java.util.Set<Object> onceKeys = new java.util.HashSet<>();
    private final Map<Object, Object> readOnce = new HashMap<>();

    Tx(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
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
        return new Tx(connection, Dialect.of(connection.getMetaData().getDatabaseProductName()));
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
        return dialect == Dialect.STANDARD;
    }

    /**
     * Reads at most one row, found by key.
     *
     * @param columns the columns to read, as in a {@code SELECT} list ({@code "state, version"})
     * @param from what follows {@code FROM}: the table and the condition whose parameters are
     *     {@code keys} ({@code "sr_review WHERE org_id = ? AND note_id = ?"}), optionally with
     *     {@code ORDER BY} and {@code FETCH FIRST 1 ROWS ONLY}
     * @param keys the parameter values, in order
     * @param row reads the row's values by position, in the order of {@code columns}
     * @param <T> what is read
     * @return what {@code row} returned, or empty when no row matched
     * @throws SQLException on a database fault, including a condition that matched more than one
     *     row
     */
    public <T> Optional<T> selectOne(String columns, String from, List<?> keys, RowRead<T> row) throws SQLException {
        return one(columns, from, "", keys, row);
    }

    /**
     * Reads at most one row, found by key, and locks it until this transaction ends, so that no
     * other transaction can change or lock it meanwhile (it waits, or fails with the database's
     * lock timeout). The row is read as it is once the lock is granted: a change another
     * transaction committed while this one waited is seen.
     *
     * @param columns the columns to read, as in a {@code SELECT} list ({@code "state, version"})
     * @param table the one table read
     * @param touchedColumn a column of that table that is no part of any key or index, which
     *     H2's no-op update sets to itself
     * @param where the condition, whose parameters are {@code keys}
     * @param keys the parameter values, in order
     * @param row reads the row's values by position, in the order of {@code columns}
     * @param <T> what is read
     * @return what {@code row} returned, or empty when no row matched
     * @throws SQLException on a database fault, including a lock not granted in time and a
     *     condition that matched more than one row
     */
    public <T> Optional<T> readLocked(String columns, String table, String touchedColumn, String where, List<?> keys,
            RowRead<T> row) throws SQLException {
        if (dialect == Dialect.H2) {
            return one(columns, "OLD TABLE (UPDATE " + table + " SET " + touchedColumn + " = " + touchedColumn
                    + " WHERE " + where + ")", "", keys, row);
        }
        return one(columns, table + " WHERE " + where, " FOR UPDATE", keys, row);
    }

    /**
     * Deletes rows and reads them in one statement: H2's data change delta table ({@code SELECT
     * ... FROM OLD TABLE (DELETE ...)}), PostgreSQL's {@code DELETE ... RETURNING}. The rows stay
     * locked until this transaction ends, and a rollback brings them back.
     *
     * @param columns the columns to read, as in a {@code SELECT} list
     * @param table the one table
     * @param where the condition, whose parameters are {@code keys}
     * @param keys the parameter values, in order
     * @param row reads one row's values by position, in the order of {@code columns}
     * @param <T> what is read of a row
     * @return what {@code row} returned for each deleted row, in no particular order; a new list the
     *     caller may change (sort)
     * @throws SQLException on a database fault, including a lock not granted in time, and on H2
     *     when more rows than an H2 array holds (65,536) matched
     */
    public <T> List<T> deleteReturning(String columns, String table, String where, List<?> keys, RowRead<T> row)
            throws SQLException {
        List<T> read = new ArrayList<>();
        if (dialect == Dialect.H2) {
            try (PreparedStatement call = prepared(Dialect.h2Rows(columns, "OLD TABLE (DELETE FROM " + table + " WHERE "
                    + where + ")"), keys); ResultSet result = call.executeQuery()) {
                result.next();
                Array rows = result.getArray(1);
                try {
                    for (Object one : (Object[]) rows.getArray()) {
                        read.add(h2Row((ResultSet) one, row));
                    }
                } finally {
                    rows.free();
                }
            }
            return read;
        }
        try (PreparedStatement delete = prepared("DELETE FROM " + table + " WHERE " + where + " RETURNING " + columns,
                keys); ResultSet rows = delete.executeQuery()) {
            while (rows.next()) {
                read.add(row.read(rows));
            }
        }
        return read;
    }

    /** One row of {@code SELECT columns FROM from suffix}; on H2 as a {@code CALL}, see {@link Dialect#H2}. */
    private <T> Optional<T> one(String columns, String from, String suffix, List<?> keys, RowRead<T> row)
            throws SQLException {
        if (dialect == Dialect.H2) {
            try (PreparedStatement call = prepared(Dialect.h2Row(columns, from + suffix), keys);
                    ResultSet result = call.executeQuery()) {
                result.next();
                ResultSet values = (ResultSet) result.getObject(1);
                return values == null ? Optional.empty() : Optional.of(h2Row(values, row));
            }
        }
        try (PreparedStatement select = prepared("SELECT " + columns + " FROM " + from + suffix, keys);
                ResultSet rows = select.executeQuery()) {
            if (!rows.next()) {
                return Optional.empty();
            }
            T read = row.read(rows);
            if (rows.next()) {
                throw new SQLException("more than one row matched a read by key", "21000");
            }
            return Optional.of(read);
        }
    }

    /** Reads an H2 row value, which H2's driver hands out as a result set of that one row, and closes it. */
    private static <T> T h2Row(ResultSet values, RowRead<T> row) throws SQLException {
        try (values) {
            values.next();
            return row.read(values);
        }
    }

    private PreparedStatement prepared(String sql, List<?> keys) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < keys.size(); i++) {
                statement.setObject(i + 1, keys.get(i));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /**
     * Reads one row's values.
     *
     * @param <T> what is read
     */
    @FunctionalInterface
    public interface RowRead<T> {
        /**
         * Reads the values of the current row, by position.
         *
         * @param row the result, on the row; do not move it
         * @return what was read; not {@code null}
         * @throws SQLException on a database fault
         */
        T read(ResultSet row) throws SQLException;
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
