package org.casenotes.supervision.core.review;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.casenotes.supervision.api.disclosure.Flag;
import org.casenotes.supervision.core.storage.Tx;

/** The content submitted for review, once per submission ({@code sr_review_snapshot}). */
final class SnapshotStore {

    /** What a submission froze: the host's note text and the section's canonical JSON. */
    record Snapshot(String noteText, String sectionJson, String contentHash) {
    }

    private SnapshotStore() {
    }

    static void insert(Tx tx, ReviewRow row, Snapshot snapshot, List<Flag> flags, Instant at) throws SQLException {
        try (PreparedStatement insert = tx.connection().prepareStatement("INSERT INTO sr_review_snapshot"
                + " (org_id, note_id, submission_no, note_text, section_json, flags, content_hash, taken_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, row.organisationId());
            insert.setString(2, row.noteId());
            insert.setInt(3, row.submissionNo());
            insert.setString(4, snapshot.noteText());
            insert.setString(5, snapshot.sectionJson());
            insert.setString(6, flags.stream()
                    .map(f -> f.ruleId() + "|" + f.severity() + "|" + f.entryIndex())
                    .collect(Collectors.joining("\n")));
            insert.setString(7, snapshot.contentHash());
            Jdbc.setInstant(insert, 8, at);
            Concurrency.update(insert);
        }
    }

    static Optional<Snapshot> find(Tx tx, ReviewRow row) throws SQLException {
        try (PreparedStatement select = tx.connection().prepareStatement("SELECT note_text, section_json,"
                + " content_hash FROM sr_review_snapshot WHERE org_id = ? AND note_id = ? AND submission_no = ?")) {
            select.setString(1, row.organisationId());
            select.setString(2, row.noteId());
            select.setInt(3, row.submissionNo());
            try (ResultSet rs = select.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Snapshot(rs.getString(1), rs.getString(2), rs.getString(3)))
                        : Optional.empty();
            }
        }
    }
}
