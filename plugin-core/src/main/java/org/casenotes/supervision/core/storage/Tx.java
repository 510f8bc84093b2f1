package org.casenotes.supervision.core.storage;

import java.sql.Connection;
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
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final java.util.Set<Object> onceKeys = new java.util.HashSet<>();
    private final Map<Object, Object> readOnce = new HashMap<>();

    Tx(Connection connection) {
        this.connection = connection;
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
