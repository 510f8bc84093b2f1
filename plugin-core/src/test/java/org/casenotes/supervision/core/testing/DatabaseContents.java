package org.casenotes.supervision.core.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Every row of every plugin table, as sorted text per table: two readings are equal exactly
 * when nothing was stored, changed or deleted in between. Read on a fresh connection, outside
 * any plugin transaction.
 */
public record DatabaseContents(Map<String, List<String>> tables) {

    /** The plugin's tables, audit trail last. */
    public static final List<String> TABLES = List.of("sr_policy", "sr_disclosure_section", "sr_review",
            "sr_review_snapshot", "sr_review_history", "sr_review_comment", "sr_addendum", "sr_escalation",
            "sr_meeting", "sr_meeting_attendee", "sr_agenda_item", "sr_action_item", "sr_meeting_addendum",
            "sr_audit_chain", "sr_audit_event");

    private static final List<String> AUDIT = List.of("sr_audit_chain", "sr_audit_event");

    /**
     * Reads all plugin tables.
     *
     * @param dataSource the database
     * @return its contents
     */
    public static DatabaseContents of(DataSource dataSource) {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : TABLES) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            row.append(c == 1 ? "" : "|").append(rs.getString(c));
                        }
                        rows.add(row.toString());
                    }
                }
                Collections.sort(rows);
                tables.put(table, List.copyOf(rows));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the plugin tables", e);
        }
        return new DatabaseContents(Map.copyOf(tables));
    }

    /**
     * The contents without the audit trail, to compare the domain tables alone.
     *
     * @return the domain tables
     */
    public DatabaseContents domain() {
        Map<String, List<String>> domain = new LinkedHashMap<>(tables);
        AUDIT.forEach(domain::remove);
        return new DatabaseContents(Map.copyOf(domain));
    }

    /**
     * How many audit events are stored.
     *
     * @return the number of rows of {@code sr_audit_event}
     */
    public int auditEvents() {
        return tables.get("sr_audit_event").size();
    }

    /**
     * The rows of one table.
     *
     * @param table the table
     * @return its rows as text, sorted
     */
    public List<String> rows(String table) {
        return tables.get(table);
    }
}
