package org.casenotes.supervision.core.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.casenotes.supervision.core.audit.AuditEntry;
import org.casenotes.supervision.core.audit.AuditTrail;
import org.casenotes.supervision.core.storage.Tx;

/**
 * An audit trail that writes each entry into a test table in the action's own transaction, so
 * a rolled-back action leaves no entry, as the real trail must. It can be told to fail.
 */
final class RecordingAuditTrail implements AuditTrail {

    /** One recorded entry, as read back from the table. */
    record Row(String org, String actor, String client, String action, String targetType, String targetId,
            String before, String after, String hash, String detail) {
    }

    private final DataSource dataSource;
    private volatile Predicate<AuditEntry> failWhen = entry -> false;

    RecordingAuditTrail(DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE test_audit (org_id VARCHAR(64), actor_id VARCHAR(64), client_id VARCHAR(64),"
                    + " action VARCHAR(16), category VARCHAR(32), target_type VARCHAR(32), target_id VARCHAR(64),"
                    + " before_state VARCHAR(32), after_state VARCHAR(32), content_hash VARCHAR(64),"
                    + " detail VARCHAR(200))");
        }
    }

    void failWhen(Predicate<AuditEntry> condition) {
        failWhen = condition;
    }

    @Override
    public void append(Tx tx, AuditEntry e) throws SQLException {
        if (failWhen.test(e)) {
            throw new SQLException("the audit store is full", "53100");
        }
        try (PreparedStatement insert = tx.connection().prepareStatement(
                "INSERT INTO test_audit VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, e.organisationId());
            insert.setString(2, e.actorId());
            insert.setString(3, e.clientId());
            insert.setString(4, e.action().name());
            insert.setString(5, e.dataCategory());
            insert.setString(6, e.targetType());
            insert.setString(7, e.targetId());
            insert.setString(8, e.beforeState());
            insert.setString(9, e.afterState());
            insert.setString(10, e.contentHash());
            insert.setString(11, e.detail());
            insert.executeUpdate();
        }
    }

    List<Row> rows() throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT org_id, actor_id, client_id, action, target_type, target_id,"
                        + " before_state, after_state, content_hash, detail FROM test_audit")) {
            while (rs.next()) {
                rows.add(new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10)));
            }
        }
        return rows;
    }

    int count() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM test_audit")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    List<Row> about(String targetId) throws SQLException {
        return rows().stream().filter(r -> targetId.equals(r.targetId())).toList();
    }
}
