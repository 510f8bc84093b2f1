package org.casenotes.supervision.core.licensure;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.casenotes.supervision.core.storage.Tx;

/**
 * How many supervisees were present at each of a supervisee's meetings in a span: a board
 * classes a meeting by headcount (individual, triadic, group), and only present supervisees
 * count. Reads the meeting tables within one organisation.
 */
final class SessionSource {

    private SessionSource() {
    }

    static Map<String, Integer> presentCounts(Tx tx, String org, String superviseeId, Instant from, Instant to)
            throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (PreparedStatement select = tx.connection().prepareStatement(
                "SELECT a.meeting_id, COUNT(*) AS present FROM sr_meeting_attendee a"
                + " JOIN sr_meeting_attendee mine ON mine.org_id = a.org_id AND mine.meeting_id = a.meeting_id"
                + " JOIN sr_meeting m ON m.org_id = a.org_id AND m.meeting_id = a.meeting_id"
                + " WHERE a.org_id = ? AND mine.supervisee_id = ? AND a.attendance = 'PRESENT'"
                + " AND m.starts_at >= ? AND m.starts_at < ? GROUP BY a.meeting_id")) {
            select.setString(1, org);
            select.setString(2, superviseeId);
            select.setObject(3, from.atOffset(ZoneOffset.UTC));
            select.setObject(4, to.atOffset(ZoneOffset.UTC));
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString("meeting_id"), rs.getInt("present"));
                }
            }
        }
        return counts;
    }
}
