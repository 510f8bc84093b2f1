package org.casenotes.supervision.core.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.meeting.Attendance;
import org.casenotes.supervision.api.meeting.Attendee;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.MeetingStatus;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.core.meeting.Sql.Null;
import org.casenotes.supervision.core.storage.Tx;

/** The meeting and attendee tables; every statement is bound to one organisation. */
final class MeetingStore {

    private static final String COLUMNS = "m.org_id, m.meeting_id, m.supervisor_id, m.starts_at,"
            + " m.duration_minutes, m.meeting_format, m.modality, m.status, m.overall_feedback, m.version,"
            + " m.signed_at";

    void insert(Tx tx, MeetingRow meeting, Instant createdAt) throws SQLException {
        Sql.update(tx, "INSERT INTO sr_meeting (org_id, meeting_id, supervisor_id, starts_at, duration_minutes,"
                + " meeting_format, modality, status, version, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                meeting.organisationId(), meeting.id(), meeting.supervisorId(), meeting.startsAt(),
                meeting.durationMinutes(), meeting.format(), meeting.modality(), meeting.status(),
                meeting.version(), createdAt);
        int seat = 0;
        for (Attendee attendee : meeting.attendees()) {
            Sql.update(tx, "INSERT INTO sr_meeting_attendee (org_id, meeting_id, supervisee_id, seat, attendance)"
                    + " VALUES (?, ?, ?, ?, ?)", meeting.organisationId(), meeting.id(), attendee.superviseeId(),
                    seat++, attendee.attendance());
        }
    }

    Optional<MeetingRow> load(Tx tx, String org, String meetingId) throws SQLException {
        List<MeetingRow> found = rows(tx, "SELECT " + COLUMNS + " FROM sr_meeting m WHERE m.org_id = ? AND m.meeting_id = ?",
                org, meetingId);
        return found.stream().findFirst();
    }

    /** Meetings starting in [from, to), oldest first. */
    List<MeetingRow> startingBetween(Tx tx, String org, Instant from, Instant to) throws SQLException {
        return rows(tx, "SELECT " + COLUMNS + " FROM sr_meeting m WHERE m.org_id = ? AND m.starts_at >= ?"
                + " AND m.starts_at < ? ORDER BY m.starts_at, m.meeting_id", org, from, to);
    }

    /** Meetings a supervisee belongs to that start in [from, to), oldest first. */
    List<MeetingRow> ofSupervisee(Tx tx, String org, String superviseeId, Instant from, Instant to)
            throws SQLException {
        return rows(tx, "SELECT " + COLUMNS + " FROM sr_meeting m JOIN sr_meeting_attendee a"
                + " ON a.org_id = m.org_id AND a.meeting_id = m.meeting_id"
                + " WHERE m.org_id = ? AND a.supervisee_id = ? AND m.starts_at >= ? AND m.starts_at < ?"
                + " ORDER BY m.starts_at, m.meeting_id", org, superviseeId, from, to);
    }

    /** When the supervisee last took part in a meeting that took place, before an instant. */
    Optional<Instant> lastAttended(Tx tx, String org, String superviseeId, Instant before) throws SQLException {
        List<Instant> found = Sql.query(tx, "SELECT MAX(m.starts_at) AS last_start FROM sr_meeting m"
                + " JOIN sr_meeting_attendee a ON a.org_id = m.org_id AND a.meeting_id = m.meeting_id"
                + " WHERE m.org_id = ? AND a.supervisee_id = ? AND a.attendance = ? AND m.status <> ?"
                + " AND m.starts_at < ?", rs -> Sql.instant(rs, "last_start"),
                org, superviseeId, Attendance.PRESENT, MeetingStatus.PLANNED, before);
        return found.stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /** Increments the version if it is still the expected one; false when someone was first. */
    boolean bumpVersion(Tx tx, String org, String meetingId, long expected) throws SQLException {
        return Sql.update(tx, "UPDATE sr_meeting SET version = ? WHERE org_id = ? AND meeting_id = ? AND version = ?",
                expected + 1, org, meetingId, expected) == 1;
    }

    void markHeld(Tx tx, String org, String meetingId, Instant at) throws SQLException {
        Sql.update(tx, "UPDATE sr_meeting SET status = ?, held_at = ? WHERE org_id = ? AND meeting_id = ?",
                MeetingStatus.HELD, at, org, meetingId);
    }

    void markSigned(Tx tx, String org, String meetingId, Instant at) throws SQLException {
        Sql.update(tx, "UPDATE sr_meeting SET status = ?, signed_at = ? WHERE org_id = ? AND meeting_id = ?",
                MeetingStatus.SIGNED, at, org, meetingId);
    }

    void setOverallFeedback(Tx tx, String org, String meetingId, String feedback) throws SQLException {
        Sql.update(tx, "UPDATE sr_meeting SET overall_feedback = ? WHERE org_id = ? AND meeting_id = ?",
                Null.orText(feedback), org, meetingId);
    }

    void setAttendance(Tx tx, String org, String meetingId, String superviseeId, Attendance attendance)
            throws SQLException {
        Sql.update(tx, "UPDATE sr_meeting_attendee SET attendance = ? WHERE org_id = ? AND meeting_id = ?"
                + " AND supervisee_id = ?", attendance, org, meetingId, superviseeId);
    }

    private List<MeetingRow> rows(Tx tx, String sql, Object... args) throws SQLException {
        List<MeetingRow> bare = Sql.query(tx, sql, MeetingStore::bare, args);
        List<MeetingRow> full = new java.util.ArrayList<>(bare.size());
        for (MeetingRow row : bare) {
            full.add(new MeetingRow(row.organisationId(), row.id(), row.supervisorId(),
                    attendees(tx, row.organisationId(), row.id()), row.startsAt(), row.durationMinutes(),
                    row.format(), row.modality(), row.status(), row.overallFeedback(), row.version(), row.signedAt()));
        }
        return full;
    }

    private List<Attendee> attendees(Tx tx, String org, String meetingId) throws SQLException {
        return Sql.query(tx, "SELECT supervisee_id, attendance FROM sr_meeting_attendee WHERE org_id = ?"
                + " AND meeting_id = ? ORDER BY seat", rs -> new Attendee(rs.getString(1),
                        Attendance.valueOf(rs.getString(2))), org, meetingId);
    }

    private static MeetingRow bare(ResultSet rs) throws SQLException {
        return new MeetingRow(rs.getString("org_id"), rs.getString("meeting_id"), rs.getString("supervisor_id"),
                List.of(), Sql.instant(rs, "starts_at"), rs.getInt("duration_minutes"),
                MeetingFormat.valueOf(rs.getString("meeting_format")), Modality.valueOf(rs.getString("modality")),
                MeetingStatus.valueOf(rs.getString("status")), rs.getString("overall_feedback"),
                rs.getLong("version"), Sql.instant(rs, "signed_at"));
    }
}
