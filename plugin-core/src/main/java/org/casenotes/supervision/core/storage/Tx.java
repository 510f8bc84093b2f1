package org.casenotes.supervision.core.storage;

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
     * How a database is asked for rows at the least cost: read, read and locked until the
     * transaction ends, or deleted and read. The same rows come back in either form.
     */
    enum Dialect {
        /**
         * PostgreSQL and other databases: a plain {@code SELECT}; {@code SELECT ... FOR UPDATE},
         * which writes nothing and which PostgreSQL's driver prepares once per connection; {@code
         * DELETE ... RETURNING}.
         */
        STANDARD,
        /**
         * H2 (2.x). Locks: H2 parses a {@code SELECT ... FOR UPDATE} again on every execution
         * (such a query is never kept in the session's parsed-statement cache, {@code
         * QUERY_CACHE_SIZE}), while an {@code UPDATE} is kept: a no-op update of the rows takes
         * the same exclusive row locks, held to the end of the transaction, and H2's data change
         * delta table ({@code SELECT ... FROM OLD TABLE (UPDATE ...)}, SQL:2016 and H2's grammar)
         * returns the rows it locked in the same statement. Measured in a loop of lock, update
         * and commit on one H2 session: 11 to 14 us a round against 15 to 21 us for the no-op
         * update followed by a plain {@code SELECT} and 17 to 21 us for {@code FOR UPDATE}
         * (benchmarks/ANALYSIS.md).
         *
         * <p>Every read, locking or not, goes to H2 as {@code CALL} of a row subquery ({@code
         * CALL (SELECT ROW(a, b) FROM ...)}, or {@code CALL ARRAY(SELECT ROW(a, b) FROM ...)} for
         * several rows): H2 keeps it parsed like a query, but it is no query to H2's bookkeeping
         * of cached results. Since H2 2.4, the first change a transaction makes to a table has
         * every query in the session's statement cache rebuild its set of the tables it depends
         * on, one set insertion per column it names ({@code
         * SessionLocal.invalidateCachedResults}); with the review cycle's reads kept as queries
         * that walk took a sixth of a cycle on H2 (benchmarks/ANALYSIS.md). A {@code CALL}'s
         * subquery still answers from H2's result cache only when nothing it reads changed since
         * (H2 checks the tables' modification counters and this transaction's changes on each
         * execution). {@code TxReadsTest} and {@code ReviewCycleH2StatementCacheTest} fail
         * when a read of the review cycle goes to H2 as a plain {@code SELECT} again; {@code
         * ReviewStatementPlansH2Test} fails on any read of the write path that walks a secondary
         * index instead of finding its rows by key.
         */
        H2;

        /**
         * The dialect of a database, by the product name its driver reports.
         *
         * @param databaseProductName {@link java.sql.DatabaseMetaData#getDatabaseProductName()}
         * @return {@link #H2} for {@code "H2"}, otherwise {@link #STANDARD}
         */
        static Dialect of(String databaseProductName) {
            return "H2".equals(databaseProductName) ? H2 : STANDARD;
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
     * @return what {@code row} returned for each deleted row, in no particular order
     * @throws SQLException on a database fault, including a lock not granted in time
     */
    public <T> List<T> deleteReturning(String columns, String table, String where, List<?> keys, RowRead<T> row)
            throws SQLException {
        List<T> read = new ArrayList<>();
        if (dialect == Dialect.H2) {
            try (PreparedStatement call = prepared("CALL ARRAY(SELECT ROW(" + columns + ") FROM OLD TABLE (DELETE FROM "
                    + table + " WHERE " + where + "))", keys); ResultSet result = call.executeQuery()) {
                result.next();
                java.sql.Array rows = result.getArray(1);
                for (Object one : (Object[]) rows.getArray()) {
                    try (ResultSet values = (ResultSet) one) {
                        values.next();
                        read.add(row.read(values));
                    }
                }
                rows.free();
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
            try (PreparedStatement call = prepared("CALL (SELECT ROW(" + columns + ") FROM " + from + suffix + ")", keys);
                    ResultSet result = call.executeQuery()) {
                result.next();
                try (ResultSet values = (ResultSet) result.getObject(1)) {
                    return values != null && values.next() ? Optional.of(row.read(values)) : Optional.empty();
                }
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
