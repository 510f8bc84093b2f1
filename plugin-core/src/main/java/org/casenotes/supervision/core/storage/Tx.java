package org.casenotes.supervision.core.storage;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * One open transaction: its connection, and what to do once it has committed (such as
 * sending domain events to the host, which must never see a rolled-back action).
 */
public final class Tx {

    private final Connection connection;
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final java.util.Set<Object> onceKeys = new java.util.HashSet<>();

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

    List<Runnable> afterCommitActions() {
        return afterCommit;
    }
}
