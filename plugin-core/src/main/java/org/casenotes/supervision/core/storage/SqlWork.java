package org.casenotes.supervision.core.storage;

import java.sql.SQLException;

/**
 * Work done inside one transaction.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface SqlWork<T> {

    /**
     * Does the work on a connection whose transaction the caller commits or rolls back.
     *
     * @param tx the transaction
     * @return the result
     * @throws SQLException on a database fault; the transaction is rolled back
     */
    T run(Tx tx) throws SQLException;
}
