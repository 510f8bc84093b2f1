package org.casenotes.supervision.core.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.audit.AuditEvent;
import org.casenotes.supervision.api.audit.AuditField;
import org.casenotes.supervision.api.audit.AuditPage;
import org.casenotes.supervision.api.audit.AuditQuery;

/**
 * One page of one organisation's audit events: filters become bound parameters, the sort is
 * by one field then by sequence number, and paging is by keyset (the last row's values), so a
 * page is as fast at the end of a long report as at its start.
 */
final class AuditReport {

    /** The sort expressions; a missing client id sorts as empty text on every database. */
    private static final Map<AuditField, String> SORT = Map.of(
            AuditField.SEQUENCE, "seq",
            AuditField.TIME, "event_time",
            AuditField.ACTOR, "actor_id",
            AuditField.CLIENT, "COALESCE(client_id, '')",
            AuditField.ACTION, "action",
            AuditField.DATA_CATEGORY, "data_category",
            AuditField.TARGET_TYPE, "target_type",
            AuditField.TARGET_ID, "target_id");

    private final String organisationId;
    private final AuditQuery query;
    private final ReportCursor after;

    AuditReport(String organisationId, AuditQuery query, ReportCursor after) {
        this.organisationId = organisationId;
        this.query = query;
        this.after = after;
    }

    /** Checks that a cursor's value fits its field, so a bad cursor is a validation error. */
    static boolean valueFits(ReportCursor cursor) {
        if (cursor.sortBy() != AuditField.TIME) {
            return true;
        }
        try {
            Instant.parse(cursor.value());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    AuditPage read(Connection connection) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        String sql = sql(parameters);
        List<AuditEvent> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                select.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    events.add(event(ChainRow.read(rs)));
                }
            }
        }
        if (events.size() <= query.pageSize()) {
            return new AuditPage(events, null);
        }
        List<AuditEvent> page = events.subList(0, query.pageSize());
        return new AuditPage(page, cursorAfter(page.get(page.size() - 1)).encode());
    }

    private String sql(List<Object> parameters) {
        StringBuilder sql = new StringBuilder("SELECT ").append(ChainRow.COLUMNS)
                .append(" FROM sr_audit_event WHERE org_id = ? AND event_time >= ? AND event_time < ?");
        parameters.add(organisationId);
        parameters.add(OffsetDateTime.ofInstant(query.from(), ZoneOffset.UTC));
        parameters.add(OffsetDateTime.ofInstant(query.to(), ZoneOffset.UTC));
        equal(sql, parameters, "actor_id", query.actorId());
        equal(sql, parameters, "client_id", query.clientId());
        equal(sql, parameters, "data_category", query.dataCategory());
        equal(sql, parameters, "target_type", query.targetType());
        equal(sql, parameters, "target_id", query.targetId());
        if (!query.actions().isEmpty()) {
            List<String> actions = query.actions().stream().map(AuditAction::name).sorted().toList();
            sql.append(" AND action IN (").append(String.join(", ", Collections.nCopies(actions.size(), "?"))).append(')');
            parameters.addAll(actions);
        }
        String sort = SORT.get(query.sortBy());
        String direction = query.descending() ? " DESC" : " ASC";
        String beyond = query.descending() ? " < " : " > ";
        if (after != null) {
            Object value = sortValue(after.value());
            sql.append(" AND (").append(sort).append(beyond).append("? OR (")
                    .append(sort).append(" = ? AND seq").append(beyond).append("?))");
            parameters.add(value);
            parameters.add(value);
            parameters.add(after.seq());
        }
        sql.append(" ORDER BY ").append(sort).append(direction).append(", seq").append(direction)
                .append(" FETCH FIRST ").append(query.pageSize() + 1).append(" ROWS ONLY");
        return sql.toString();
    }

    private Object sortValue(String text) {
        return switch (query.sortBy()) {
            case SEQUENCE -> after.seq();
            case TIME -> OffsetDateTime.ofInstant(Instant.parse(text), ZoneOffset.UTC);
            default -> text;
        };
    }

    private ReportCursor cursorAfter(AuditEvent last) {
        String value = switch (query.sortBy()) {
            case SEQUENCE -> "";
            case TIME -> last.at().toString();
            case ACTOR -> last.actorId();
            case CLIENT -> last.clientId() == null ? "" : last.clientId();
            case ACTION -> last.action().name();
            case DATA_CATEGORY -> last.dataCategory();
            case TARGET_TYPE -> last.targetType();
            case TARGET_ID -> last.targetId();
        };
        return new ReportCursor(query.sortBy(), value, last.sequence());
    }

    private static void equal(StringBuilder sql, List<Object> parameters, String column, String value) {
        if (value != null) {
            sql.append(" AND ").append(column).append(" = ?");
            parameters.add(value);
        }
    }

    private static AuditEvent event(ChainRow row) {
        return new AuditEvent(row.seq(), row.at(), row.organisationId(), row.actorId(), row.clientId(),
                AuditAction.valueOf(row.action()), row.dataCategory(), row.targetType(), row.targetId(),
                row.beforeState(), row.afterState(), row.contentHash(), row.detail());
    }
}
