package org.casenotes.supervision.core.review;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.review.Addendum;
import org.casenotes.supervision.api.review.CoSign;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.core.storage.Tx;

/** Addenda of co-signed notes ({@code sr_addendum}), each under its own version. */
final class AddendumStore {

    private static final String COLUMNS = "addendum_id, note_id, author_id, body, state, version, created_at,"
            + " content_hash, cosigned_by, cosigned_at, attestation";

    private AddendumStore() {
    }

    static void insert(Tx tx, String org, Addendum addendum) throws SQLException {
        try (PreparedStatement insert = tx.connection().prepareStatement("INSERT INTO sr_addendum (org_id, "
                + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, org);
            insert.setString(2, addendum.addendumId());
            insert.setString(3, addendum.noteId());
            insert.setString(4, addendum.authorId());
            insert.setString(5, addendum.text());
            insert.setString(6, addendum.state().name());
            insert.setLong(7, addendum.version());
            Jdbc.setInstant(insert, 8, addendum.createdAt());
            insert.setString(9, addendum.contentHash());
            insert.setString(10, null);
            Jdbc.setInstant(insert, 11, null);
            insert.setString(12, null);
            Concurrency.update(insert);
        }
    }

    /** Updates state, hash and co-sign if the addendum is still at the version it was read at. */
    static void save(Tx tx, String org, Addendum before, Addendum after) throws SQLException {
        try (PreparedStatement update = tx.connection().prepareStatement("UPDATE sr_addendum SET state = ?,"
                + " version = ?, content_hash = ?, cosigned_by = ?, cosigned_at = ?, attestation = ?"
                + " WHERE org_id = ? AND note_id = ? AND addendum_id = ? AND version = ?")) {
            CoSign coSign = after.coSign();
            update.setString(1, after.state().name());
            update.setLong(2, after.version());
            update.setString(3, after.contentHash());
            update.setString(4, coSign == null ? null : coSign.signerId());
            Jdbc.setInstant(update, 5, coSign == null ? null : coSign.at());
            update.setString(6, coSign == null ? null : coSign.attestationText());
            update.setString(7, org);
            update.setString(8, before.noteId());
            update.setString(9, before.addendumId());
            update.setLong(10, before.version());
            if (Concurrency.update(update) != 1) {
                throw Concurrency.conflict();
            }
        }
    }

    static Optional<Addendum> find(Tx tx, String org, String noteId, String addendumId) throws SQLException {
        return select(tx, org, noteId, addendumId).stream().findFirst();
    }

    static List<Addendum> all(Tx tx, String org, String noteId) throws SQLException {
        return select(tx, org, noteId, null);
    }

    private static List<Addendum> select(Tx tx, String org, String noteId, String only) throws SQLException {
        List<Addendum> addenda = new ArrayList<>();
        try (PreparedStatement select = tx.connection().prepareStatement("SELECT " + COLUMNS
                + " FROM sr_addendum WHERE org_id = ? AND note_id = ?" + (only == null ? "" : " AND addendum_id = ?")
                + " ORDER BY created_at, addendum_id")) {
            select.setString(1, org);
            select.setString(2, noteId);
            if (only != null) {
                select.setString(3, only);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String signer = rs.getString("cosigned_by");
                    String hash = rs.getString("content_hash");
                    CoSign coSign = signer == null ? null
                            : new CoSign(signer, Jdbc.instant(rs, "cosigned_at"), rs.getString("attestation"), hash);
                    addenda.add(new Addendum(rs.getString("addendum_id"), rs.getString("note_id"),
                            rs.getString("author_id"), rs.getString("body"), ReviewState.valueOf(rs.getString("state")),
                            rs.getLong("version"), Jdbc.instant(rs, "created_at"), hash, coSign));
                }
            }
        }
        return addenda;
    }
}
