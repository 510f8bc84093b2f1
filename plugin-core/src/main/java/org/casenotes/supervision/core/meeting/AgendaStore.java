package org.casenotes.supervision.core.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.casenotes.supervision.api.meeting.AgendaItem;
import org.casenotes.supervision.api.meeting.AgendaItemKind;
import org.casenotes.supervision.api.meeting.AgendaReason;
import org.casenotes.supervision.core.meeting.Sql.Null;
import org.casenotes.supervision.core.storage.Tx;

/** A meeting's agenda items with the supervisor's notes on each. */
final class AgendaStore {

    List<AgendaItem> agenda(Tx tx, String org, String meetingId) throws SQLException {
        return Sql.query(tx, "SELECT item_id, item_order, kind, supervisee_id, note_id, client_id, session_date,"
                + " reason, reasons, flag_rule_ids, action_item_id, topic, discussion, feedback FROM sr_agenda_item"
                + " WHERE org_id = ? AND meeting_id = ? ORDER BY item_order, item_id", AgendaStore::item, org, meetingId);
    }

    void insert(Tx tx, String org, String meetingId, AgendaItem item) throws SQLException {
        Sql.update(tx, "INSERT INTO sr_agenda_item (org_id, meeting_id, item_id, item_order, kind, supervisee_id,"
                + " note_id, client_id, session_date, reason, reasons, flag_rule_ids, action_item_id, topic, discussion,"
                + " feedback) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", org, meetingId, item.id(),
                item.order(), item.kind(), Null.orText(item.superviseeId()), Null.orText(item.noteId()),
                Null.orText(item.clientId()), Null.orDate(item.sessionDate()),
                Null.orText(item.reason() == null ? null : item.reason().name()),
                Null.orText(item.reasons().isEmpty() ? null
                        : item.reasons().stream().map(Enum::name).collect(java.util.stream.Collectors.joining(","))),
                Null.orText(item.flagRuleIds().isEmpty() ? null : String.join(",", item.flagRuleIds())),
                Null.orText(item.actionItemId()), Null.orText(item.topic()), Null.orText(item.discussion()),
                Null.orText(item.feedback()));
    }

    void delete(Tx tx, String org, String meetingId, String itemId) throws SQLException {
        Sql.update(tx, "DELETE FROM sr_agenda_item WHERE org_id = ? AND meeting_id = ? AND item_id = ?",
                org, meetingId, itemId);
    }

    void move(Tx tx, String org, String meetingId, String itemId, int order) throws SQLException {
        Sql.update(tx, "UPDATE sr_agenda_item SET item_order = ? WHERE org_id = ? AND meeting_id = ? AND item_id = ?",
                order, org, meetingId, itemId);
    }

    void writeNotes(Tx tx, String org, String meetingId, String itemId, String discussion, String feedback)
            throws SQLException {
        Sql.update(tx, "UPDATE sr_agenda_item SET discussion = ?, feedback = ? WHERE org_id = ? AND meeting_id = ?"
                + " AND item_id = ?", Null.orText(discussion), Null.orText(feedback), org, meetingId, itemId);
    }

    private static AgendaItem item(ResultSet rs) throws SQLException {
        String rules = rs.getString("flag_rule_ids");
        String reason = rs.getString("reason");
        String reasons = rs.getString("reasons");
        return new AgendaItem(rs.getString("item_id"), rs.getInt("item_order"),
                AgendaItemKind.valueOf(rs.getString("kind")), rs.getString("supervisee_id"), rs.getString("note_id"),
                rs.getString("client_id"), Sql.date(rs, "session_date"),
                reason == null ? null : AgendaReason.valueOf(reason),
                rules == null ? List.of() : Arrays.asList(rules.split(",")), rs.getString("action_item_id"),
                rs.getString("topic"), rs.getString("discussion"), rs.getString("feedback"),
                reasons == null ? null : Arrays.stream(reasons.split(",")).map(AgendaReason::valueOf).toList());
    }
}
