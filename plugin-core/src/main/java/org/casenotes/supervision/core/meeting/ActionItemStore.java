package org.casenotes.supervision.core.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.meeting.ActionItem;
import org.casenotes.supervision.api.meeting.Attendance;
import org.casenotes.supervision.core.meeting.Sql.Null;
import org.casenotes.supervision.core.storage.Tx;

/** Action items: raised in one meeting, open until a meeting closes them. */
final class ActionItemStore {

    private static final String COLUMNS = "i.action_item_id, i.raised_in_meeting, i.item_text, i.owner_id,"
            + " i.due_date, i.closed_in_meeting, i.closed_at";

    void insert(Tx tx, String org, ActionItem item, Instant raisedAt) throws SQLException {
        // The sequence keeps items raised in one meeting in the order they were agreed.
        int seq = Sql.query(tx, "SELECT COUNT(*) FROM sr_action_item WHERE org_id = ? AND raised_in_meeting = ?",
                rs -> rs.getInt(1), org, item.raisedInMeetingId()).get(0) + 1;
        Sql.update(tx, "INSERT INTO sr_action_item (org_id, action_item_id, raised_in_meeting, raised_at, raised_seq,"
                + " item_text, owner_id, due_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", org, item.id(),
                item.raisedInMeetingId(), raisedAt, seq, item.text(), item.ownerId(), Null.orDate(item.dueDate()));
    }

    Optional<ActionItem> find(Tx tx, String org, String actionItemId) throws SQLException {
        return Sql.query(tx, "SELECT " + COLUMNS + " FROM sr_action_item i WHERE i.org_id = ? AND i.action_item_id = ?",
                ActionItemStore::item, org, actionItemId).stream().findFirst();
    }

    /** The items raised in a meeting or closed in it, in the order they were raised. */
    List<ActionItem> ofMeeting(Tx tx, String org, String meetingId) throws SQLException {
        return Sql.query(tx, "SELECT " + COLUMNS + " FROM sr_action_item i WHERE i.org_id = ?"
                + " AND (i.raised_in_meeting = ? OR i.closed_in_meeting = ?) ORDER BY i.raised_at, i.raised_in_meeting, i.raised_seq",
                ActionItemStore::item, org, meetingId, meetingId);
    }

    /**
     * The items still open that were raised in earlier meetings the supervisee attended (or
     * was asked to attend), oldest first.
     */
    List<ActionItem> openFromEarlierMeetings(Tx tx, String org, String superviseeId, Instant before)
            throws SQLException {
        return Sql.query(tx, "SELECT " + COLUMNS + " FROM sr_action_item i JOIN sr_meeting m"
                + " ON m.org_id = i.org_id AND m.meeting_id = i.raised_in_meeting"
                + " JOIN sr_meeting_attendee a ON a.org_id = m.org_id AND a.meeting_id = m.meeting_id"
                + " WHERE i.org_id = ? AND a.supervisee_id = ? AND i.closed_at IS NULL AND m.starts_at < ?"
                + " AND (a.attendance = ? OR i.owner_id = ?) ORDER BY i.raised_at, i.raised_in_meeting, i.raised_seq",
                ActionItemStore::item, org, superviseeId, before, Attendance.PRESENT, superviseeId);
    }

    void close(Tx tx, String org, String actionItemId, String meetingId, Instant at) throws SQLException {
        Sql.update(tx, "UPDATE sr_action_item SET closed_in_meeting = ?, closed_at = ? WHERE org_id = ?"
                + " AND action_item_id = ? AND closed_at IS NULL", meetingId, at, org, actionItemId);
    }

    /** Marks an item done by its owner, outside a meeting; false when it was already done. */
    boolean closeByOwner(Tx tx, String org, String actionItemId, Instant at) throws SQLException {
        return Sql.update(tx, "UPDATE sr_action_item SET closed_at = ? WHERE org_id = ? AND action_item_id = ?"
                + " AND closed_at IS NULL", at, org, actionItemId) == 1;
    }

    private static ActionItem item(ResultSet rs) throws SQLException {
        return new ActionItem(rs.getString("action_item_id"), rs.getString("raised_in_meeting"),
                rs.getString("item_text"), rs.getString("owner_id"), Sql.date(rs, "due_date"),
                rs.getString("closed_in_meeting"), Sql.instant(rs, "closed_at"));
    }
}
