package org.casenotes.supervision.core.audit;

import java.sql.SQLException;
import org.casenotes.supervision.core.storage.Tx;

/**
 * Where every feature records its audit events, inside the transaction of the action itself,
 * so an action and its event are stored together or not at all.
 *
 * <p>Appending locks the chain's head row until the transaction ends (that is what keeps the
 * sequence gapless across hosts), so append after the action's other writes: the head is then
 * held briefly and never waited for while other rows are locked.
 */
public interface AuditTrail {

    /**
     * Appends one event in the caller's transaction.
     *
     * @param tx the action's transaction
     * @param entry what happened
     * @throws SQLException on a database fault; the caller's transaction rolls back
     */
    void append(Tx tx, AuditEntry entry) throws SQLException;
}
