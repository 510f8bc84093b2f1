package org.casenotes.supervision.core.review;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.error.ConflictException;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.core.storage.Tx;

/** The {@code sr_review} rows: read one, insert the first submission, update by version. */
final class ReviewStore {

    static final String COLUMNS = "org_id, note_id, client_id, clinician_id, state, version, submission_no,"
            + " submitted_at, due_date, escalation_date, snapshot_hash, flag_rules, cosigned_by, cosigned_at,"
            + " attestation, policy_version, documented, history_seq";

    private ReviewStore() {
    }

    static Optional<ReviewRow> find(Tx tx, String org, String noteId) throws SQLException {
        return tx.selectOne(COLUMNS, "sr_review WHERE org_id = ? AND note_id = ?", List.of(org, noteId),
                ReviewStore::read);
    }

    /**
     * Moves the note's history number on by one for an entry that does not move the review (an
     * addendum's), if no one else numbered one since {@code row} was read.
     *
     * @return the new entry's number
     * @throws ConflictException when another entry was numbered first
     */
    static int numberHistoryEntry(Tx tx, ReviewRow row) throws SQLException {
        try (PreparedStatement update = tx.connection().prepareStatement("UPDATE sr_review SET history_seq = ?"
                + " WHERE org_id = ? AND note_id = ? AND history_seq = ?")) {
            update.setInt(1, row.historySeq() + 1);
            update.setString(2, row.organisationId());
            update.setString(3, row.noteId());
            update.setInt(4, row.historySeq());
            if (Concurrency.update(update) != 1) {
                throw Concurrency.conflict();
            }
        }
        return row.historySeq() + 1;
    }

    /**
     * Stores the next state of a review: inserts a first submission, otherwise updates only
     * if the row is still at the version and history number the change was computed from.
     *
     * @throws ConflictException when someone else changed the row first
     */
    static void save(Tx tx, ReviewRow before, ReviewRow after) throws SQLException {
        if (!before.stored()) {
            insert(tx, after);
            return;
        }
        try (PreparedStatement update = tx.connection().prepareStatement("UPDATE sr_review SET state = ?,"
                + " version = ?, submission_no = ?, submitted_at = ?, due_date = ?, escalation_date = ?,"
                + " snapshot_hash = ?, flagged = ?, flag_rules = ?, cosigned_by = ?, cosigned_at = ?, attestation = ?,"
                + " policy_version = ?, documented = ?, history_seq = ?, updated_at = CURRENT_TIMESTAMP"
                + " WHERE org_id = ? AND note_id = ? AND version = ? AND history_seq = ?")) {
            int i = bind(update, after, 1);
            update.setString(i++, after.organisationId());
            update.setString(i++, after.noteId());
            update.setLong(i++, before.version());
            // An addendum numbers history entries without moving the version.
            update.setInt(i, before.historySeq());
            if (Concurrency.update(update) != 1) {
                throw Concurrency.conflict();
            }
        }
    }

    private static void insert(Tx tx, ReviewRow row) throws SQLException {
        try (PreparedStatement insert = tx.connection().prepareStatement("INSERT INTO sr_review (state, version,"
                + " submission_no, submitted_at, due_date, escalation_date, snapshot_hash, flagged, flag_rules,"
                + " cosigned_by, cosigned_at, attestation, policy_version, documented, history_seq, org_id, note_id,"
                + " client_id, clinician_id, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?, CURRENT_TIMESTAMP)")) {
            int i = bind(insert, row, 1);
            insert.setString(i++, row.organisationId());
            insert.setString(i++, row.noteId());
            insert.setString(i++, row.clientId());
            insert.setString(i, row.clinicianId());
            Concurrency.update(insert);
        }
    }

    private static int bind(PreparedStatement statement, ReviewRow row, int first) throws SQLException {
        int i = first;
        statement.setString(i++, row.state().name());
        statement.setLong(i++, row.version());
        statement.setInt(i++, row.submissionNo());
        Jdbc.setInstant(statement, i++, row.submittedAt());
        Jdbc.setDate(statement, i++, row.dueDate());
        Jdbc.setDate(statement, i++, row.escalationDate());
        statement.setString(i++, row.snapshotHash());
        statement.setBoolean(i++, !row.flagRules().isEmpty());
        statement.setString(i++, String.join(",", row.flagRules()));
        statement.setString(i++, row.coSignedBy());
        Jdbc.setInstant(statement, i++, row.coSignedAt());
        statement.setString(i++, row.attestation());
        if (row.policyVersion() == null) {
            statement.setNull(i++, java.sql.Types.INTEGER);
        } else {
            statement.setInt(i++, row.policyVersion());
        }
        statement.setBoolean(i++, row.documented());
        statement.setInt(i++, row.historySeq());
        return i;
    }

    /**
     * Reads one row of a query whose select list starts with {@link #COLUMNS}, by position (a
     * column looked up by name costs the H2 driver an upper-casing and a map look-up per value,
     * 51 a review cycle).
     */
    static ReviewRow read(ResultSet rs) throws SQLException {
        String rules = rs.getString(12);
        List<String> flagRules = rules == null || rules.isEmpty() ? List.of() : Arrays.asList(rules.split(","));
        return new ReviewRow(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), ReviewState.valueOf(rs.getString(5)), rs.getLong(6),
                rs.getInt(7), Jdbc.instant(rs, 8), Jdbc.date(rs, 9),
                Jdbc.date(rs, 10), rs.getString(11), flagRules,
                rs.getString(13), Jdbc.instant(rs, 14), rs.getString(15),
                Jdbc.integer(rs, 16), rs.getBoolean(17), rs.getInt(18));
    }
}
