package org.casenotes.supervision.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.casenotes.supervision.api.error.StorageUnavailableException;

/**
 * The chain's head row: the last sequence number and MAC.
 *
 * @param lastSeq the last sequence number handed out
 * @param lastMac its MAC
 */
record ChainHead(long lastSeq, String lastMac) {

    /** Reads the head and locks it until the transaction ends: the appenders' queue. */
    static ChainHead lock(Connection connection) throws SQLException {
        return read(connection, " FOR UPDATE");
    }

    /** Reads the head without locking it. */
    static ChainHead read(Connection connection) throws SQLException {
        return read(connection, "");
    }

    void store(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE sr_audit_head SET last_seq = ?, last_mac = ? WHERE head_id = 1")) {
            update.setLong(1, lastSeq);
            update.setString(2, lastMac);
            if (update.executeUpdate() != 1) {
                throw new StorageUnavailableException("the audit chain's head row is missing", null);
            }
        }
    }

    private static ChainHead read(Connection connection, String lock) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_seq, last_mac FROM sr_audit_head WHERE head_id = 1" + lock);
                ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                throw new StorageUnavailableException("the audit chain's head row is missing", null);
            }
            return new ChainHead(rs.getLong(1), rs.getString(2));
        }
    }
}
