package org.casenotes.supervision.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.casenotes.supervision.core.storage.Tx;
import org.casenotes.supervision.api.error.StorageUnavailableException;

/**
 * One organisation's chain head: its last sequence number and MAC ({@code sr_audit_chain}).
 *
 * @param organisationId the organisation
 * @param lastSeq the last sequence number handed out in its chain; 0 before its first event
 * @param lastMac its MAC; {@link ChainMac#GENESIS} before the first event
 */
record ChainHead(String organisationId, long lastSeq, String lastMac) {

    private static final String UNIQUE_VIOLATION = "23505";

    static ChainHead empty(String organisationId) {
        return new ChainHead(organisationId, 0, ChainMac.GENESIS);
    }

    /**
     * Reads the organisation's head and locks it until the transaction ends: the queue of that
     * organisation's appenders, and of no one else. The organisation's first event creates the
     * row; of two first appenders, the second waits for the first and then queues behind it.
     */
    static ChainHead lock(Tx tx, String organisationId) throws SQLException {
        Connection connection = tx.connection();
        Optional<ChainHead> head = locked(tx, organisationId);
        if (head.isPresent()) {
            return head.get();
        }
        Savepoint beforeInsert = connection.setSavepoint();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sr_audit_chain (org_id, last_seq, last_mac) VALUES (?, 0, ?)")) {
            insert.setString(1, organisationId);
            insert.setString(2, ChainMac.GENESIS);
            insert.executeUpdate();
            connection.releaseSavepoint(beforeInsert);
            return empty(organisationId);
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(beforeInsert);
            return locked(tx, organisationId).orElseThrow(() -> missing(e));
        }
    }

    /**
     * Every organisation's head, by organisation id, in one statement (one snapshot). The only
     * read of the heads across organisations; anchors and verification use it, never an appender.
     */
    static TreeMap<String, ChainHead> readAll(Connection connection) throws SQLException {
        TreeMap<String, ChainHead> heads = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT org_id, last_seq, last_mac FROM sr_audit_chain");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                heads.put(rs.getString(1), new ChainHead(rs.getString(1), rs.getLong(2), rs.getString(3)));
            }
        }
        return heads;
    }

    /**
     * The head of the global chain written before per-organisation chains, frozen since the
     * upgrade; empty (number 0) for a database that never had one.
     */
    static ChainHead legacy(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_seq, last_mac FROM sr_audit_legacy_head WHERE head_id = 1");
                ResultSet rs = select.executeQuery()) {
            return rs.next() ? new ChainHead(AnchorHeads.LEGACY, rs.getLong(1), rs.getString(2))
                    : empty(AnchorHeads.LEGACY);
        }
    }

    void store(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE sr_audit_chain SET last_seq = ?, last_mac = ? WHERE org_id = ?")) {
            update.setLong(1, lastSeq);
            update.setString(2, lastMac);
            update.setString(3, organisationId);
            if (update.executeUpdate() != 1) {
                throw missing(null);
            }
        }
    }

    private static Optional<ChainHead> locked(Tx tx, String organisationId) throws SQLException {
        return tx.readLocked("last_seq, last_mac", "sr_audit_chain", "last_mac",
                "org_id = ?", List.of(organisationId), rs -> new ChainHead(organisationId, rs.getLong(1), rs.getString(2)));
    }

    static StorageUnavailableException missing(Throwable cause) {
        return new StorageUnavailableException("an organisation's audit chain head row is missing", cause);
    }
}
