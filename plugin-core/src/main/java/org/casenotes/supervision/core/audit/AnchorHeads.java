package org.casenotes.supervision.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The chain heads each anchor signed, kept in {@code sr_audit_anchor_head}: an anchor stores
 * only the heads that moved since the anchor before it. Whoever edits these rows changes the
 * Merkle root they hash to, which no longer matches the signed anchor in the host's sink.
 */
final class AnchorHeads {

    /** The key of the old global chain's head among the anchored heads. */
    static final String LEGACY = "";

    private AnchorHeads() {
    }

    /**
     * The heads anchor {@code anchorSeq} signed: per organisation, the row of the highest anchor
     * number not above it. Reads every organisation: anchors and verification only. One pass over
     * the rows up to that anchor, in key order, keeping each organisation's last: linear in the
     * rows read (a correlated {@code MAX} per row, as before, was quadratic on H2 and grew with
     * every anchor a host took).
     */
    static TreeMap<String, ChainHead> of(Connection connection, long anchorSeq) throws SQLException {
        TreeMap<String, ChainHead> heads = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT org_id, last_seq, last_mac FROM sr_audit_anchor_head WHERE anchor_seq <= ?"
                        + " ORDER BY org_id, anchor_seq")) {
            select.setLong(1, anchorSeq);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    heads.put(rs.getString(1), new ChainHead(rs.getString(1), rs.getLong(2), rs.getString(3)));
                }
            }
        }
        return heads;
    }

    /** Stores the heads that differ from the previous anchor's, unless another host already did. */
    static void store(Connection connection, long anchorSeq, Map<String, ChainHead> heads,
            Map<String, ChainHead> previous) throws SQLException {
        boolean first = true;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sr_audit_anchor_head (org_id, anchor_seq, last_seq, last_mac) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<String, ChainHead> entry : heads.entrySet()) {
                if (Objects.equals(entry.getValue(), previous.get(entry.getKey()))) {
                    continue;
                }
                if (first && stored(connection, entry.getKey(), anchorSeq)) {
                    return;
                }
                first = false;
                insert.setString(1, entry.getKey());
                insert.setLong(2, anchorSeq);
                insert.setLong(3, entry.getValue().lastSeq());
                insert.setString(4, entry.getValue().lastMac());
                insert.addBatch();
            }
            if (!first) {
                insert.executeBatch();
            }
        }
    }

    private static boolean stored(Connection connection, String organisation, long anchorSeq) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT COUNT(*) FROM sr_audit_anchor_head WHERE org_id = ? AND anchor_seq = ?")) {
            select.setString(1, organisation);
            select.setLong(2, anchorSeq);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }
}
