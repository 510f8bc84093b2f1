package org.casenotes.supervision.host.web.hostile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;

/**
 * A fingerprint of every row of every table of the host's database (the host's and the
 * plugin's, but the audit trail, which {@link #auditSince} reads), one line per table with its row count and a digest of its rows in any order, so
 * two fingerprints differ exactly where a row was added, removed or changed.
 */
final class DatabaseRows {

    private DatabaseRows() {
    }

    /** The audit trail: it records attempts (reads, refusals) as they happen, so it is compared apart. */
    static final java.util.Set<String> AUDIT_TABLES = java.util.Set.of("SR_AUDIT_EVENT", "SR_AUDIT_HEAD",
            "SR_AUDIT_CHAIN", "SR_AUDIT_ANCHOR_HEAD", "SR_AUDIT_LEGACY_HEAD");

    /**
     * The audit events appended since a snapshot of the trail's keys, as {@code ACTION
     * data-category target-type}. Each organisation has its own chain, so events are told apart
     * by organisation and sequence number.
     *
     * @param dataSource the database
     * @param before the keys {@link #auditKeys} gave before
     * @return one line per new event
     */
    static List<String> auditSince(DataSource dataSource, java.util.Set<String> before) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); var ps = c.prepareStatement(
                "SELECT org_id, seq, action, data_category, target_type FROM sr_audit_event ORDER BY org_id, seq")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!before.contains(rs.getString(1) + "|" + rs.getLong(2))) {
                        out.add(rs.getString(3) + " " + rs.getString(4) + " " + rs.getString(5));
                    }
                }
            }
        }
        return out;
    }

    static java.util.Set<String> auditKeys(DataSource dataSource) throws SQLException {
        java.util.Set<String> keys = new java.util.HashSet<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT org_id, seq FROM sr_audit_event")) {
            while (rs.next()) {
                keys.add(rs.getString(1) + "|" + rs.getLong(2));
            }
        }
        return keys;
    }

    static String fingerprint(DataSource dataSource) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = dataSource.getConnection()) {
            for (String table : tables(c)) {
                List<String> rows = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= columns; i++) {
                            row.append(rs.getString(i)).append('\u0000');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                rows.forEach(r -> digest.update(r.getBytes(StandardCharsets.UTF_8)));
                out.append(table).append(' ').append(rows.size()).append(' ')
                        .append(HexFormat.of().formatHex(digest.digest())).append('\n');
            }
        }
        return out.toString();
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE", "BASE TABLE"})) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (!"INFORMATION_SCHEMA".equalsIgnoreCase(schema)
                        && !AUDIT_TABLES.contains(rs.getString("TABLE_NAME").toUpperCase(java.util.Locale.ROOT))) {
                    tables.add("\"" + schema + "\".\"" + rs.getString("TABLE_NAME") + "\"");
                }
            }
        }
        tables.sort(null);
        return tables;
    }
}
