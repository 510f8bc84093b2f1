package org.casenotes.supervision.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.crypto.SecretKey;
import org.casenotes.supervision.core.storage.Tx;

/**
 * The audit trail as a gapless HMAC chain per organisation. Each append locks its
 * organisation's head row, so that organisation's appenders in every host serialise there until
 * their transaction ends, while other organisations' appenders never wait for them; a
 * rolled-back action rolls its event and the head back together, leaving no gap. Callers should
 * append after their other writes, so the head is held briefly and never waited for while
 * holding other locks. Thread-safe.
 */
final class ChainedAuditTrail implements AuditTrail {

    private final SecretKey key;
    private final Anchors anchors;
    /** Keyed once; only ever copied, so appenders on several threads may share it. */
    private final ChainMac keyed;

    ChainedAuditTrail(SecretKey key, Anchors anchors) {
        this.key = key;
        this.anchors = anchors;
        this.keyed = new ChainMac(key);
    }

    @Override
    public void append(Tx tx, AuditEntry entry) throws SQLException {
        Connection connection = tx.connection();
        ChainHead head = ChainHead.lock(tx, entry.organisationId());
        ChainRow unsealed = ChainRow.unsealed(head.lastSeq() + 1, entry, head.lastMac());
        ChainMac mac = keyed.copy().orElseGet(() -> new ChainMac(key));
        ChainRow row = unsealed.sealed(mac.of(unsealed));
        if (tx.changesDataInWith()) {
            try (PreparedStatement insertAndMove = connection.prepareStatement(ChainRow.INSERT_MOVING_HEAD)) {
                row.bind(insertAndMove);
                insertAndMove.setString(17, row.organisationId());
                if (insertAndMove.executeUpdate() != 1) {
                    throw ChainHead.missing(null);
                }
            }
        } else {
            try (PreparedStatement insert = connection.prepareStatement(ChainRow.INSERT)) {
                row.bind(insert);
                insert.executeUpdate();
            }
            new ChainHead(row.organisationId(), row.seq(), row.entryMac()).store(connection);
        }
        if (anchors.dueAfterAppend()) {
            tx.afterCommit(anchors::takeAutomatic);
        }
    }
}
