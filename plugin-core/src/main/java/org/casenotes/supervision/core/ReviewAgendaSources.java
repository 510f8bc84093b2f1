package org.casenotes.supervision.core;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.casenotes.supervision.api.meeting.AgendaReason;
import org.casenotes.supervision.core.meeting.AgendaCandidate;
import org.casenotes.supervision.core.meeting.AgendaSources;
import org.casenotes.supervision.core.storage.Tx;

/**
 * The notes a meeting's agenda proposes, read from the review and disclosure tables of one
 * organisation: submitted notes with flags, notes whose clinician asked to discuss a
 * disclosure, and co-signs overdue on the meeting's day (a note whose co-sign selection asks for
 * no co-sign has no due date, {@link org.casenotes.supervision.core.sampling.CoSignNeed#dueDate},
 * and is never overdue).
 *
 * <p>The join stays within one organisation ({@code org_id} on both sides), so the tables can
 * still be sharded by organisation. The discuss request is found in the stored canonical JSON,
 * which the section writer always renders without spaces.
 */
final class ReviewAgendaSources implements AgendaSources {

    private static final String SQL = "SELECT s.note_id, s.client_id, s.session_date, s.section_json,"
            + " r.state, r.due_date, r.flagged, r.flag_rules"
            + " FROM sr_disclosure_section s LEFT JOIN sr_review r ON r.org_id = s.org_id AND r.note_id = s.note_id"
            + " WHERE s.org_id = ? AND s.clinician_id = ? AND s.session_date > ? AND s.session_date <= ?"
            + " ORDER BY s.session_date, s.note_id";
    private static final String DISCUSS = "\"discussInSupervision\":true";

    @Override
    public List<AgendaCandidate> candidates(Tx tx, String organisationId, String superviseeId,
            LocalDate fromExclusive, LocalDate toInclusive) throws SQLException {
        List<AgendaCandidate> found = new ArrayList<>();
        try (PreparedStatement ps = tx.connection().prepareStatement(SQL)) {
            ps.setString(1, organisationId);
            ps.setString(2, superviseeId);
            ps.setObject(3, fromExclusive);
            ps.setObject(4, toInclusive);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String noteId = rs.getString(1);
                    String clientId = rs.getString(2);
                    LocalDate session = rs.getObject(3, LocalDate.class);
                    String state = rs.getString(5);
                    LocalDate due = rs.getObject(6, LocalDate.class);
                    String rules = rs.getString(8);
                    List<String> ruleIds = rules == null || rules.isEmpty() ? List.of() : Arrays.asList(rules.split(","));
                    if (rs.getBoolean(7)) {
                        found.add(new AgendaCandidate(noteId, clientId, session, AgendaReason.FLAGGED_FOR_REVIEW, ruleIds));
                    }
                    if (rs.getString(4).contains(DISCUSS)) {
                        found.add(new AgendaCandidate(noteId, clientId, session, AgendaReason.DISCUSS_REQUESTED, ruleIds));
                    }
                    boolean awaiting = "SUBMITTED".equals(state) || "IN_REVIEW".equals(state);
                    if (awaiting && due != null && due.isBefore(toInclusive)) {
                        found.add(new AgendaCandidate(noteId, clientId, session, AgendaReason.OVERDUE_CO_SIGN, ruleIds));
                    }
                }
            }
        }
        return found;
    }
}
