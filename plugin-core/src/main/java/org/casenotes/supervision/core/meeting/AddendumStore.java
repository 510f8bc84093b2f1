package org.casenotes.supervision.core.meeting;

import java.sql.SQLException;
import java.util.List;
import org.casenotes.supervision.api.meeting.MeetingAddendum;
import org.casenotes.supervision.core.storage.Tx;

/** Addenda kept beside a signed meeting; append-only. */
final class AddendumStore {

    void insert(Tx tx, String org, String meetingId, MeetingAddendum addendum) throws SQLException {
        Sql.update(tx, "INSERT INTO sr_meeting_addendum (org_id, meeting_id, addendum_id, written_at, author_id, body)"
                + " VALUES (?, ?, ?, ?, ?, ?)", org, meetingId, addendum.id(), addendum.writtenAt(),
                addendum.authorId(), addendum.text());
    }

    List<MeetingAddendum> of(Tx tx, String org, String meetingId) throws SQLException {
        return Sql.query(tx, "SELECT addendum_id, written_at, author_id, body FROM sr_meeting_addendum"
                + " WHERE org_id = ? AND meeting_id = ? ORDER BY written_at, addendum_id",
                rs -> new MeetingAddendum(rs.getString(1), Sql.instant(rs, "written_at"), rs.getString(3),
                        rs.getString(4)), org, meetingId);
    }
}
