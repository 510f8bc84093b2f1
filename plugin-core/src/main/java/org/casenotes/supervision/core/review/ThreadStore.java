package org.casenotes.supervision.core.review;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.review.Comment;
import org.casenotes.supervision.api.review.HistoryEntry;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.core.storage.Tx;

/** A note's transitions ({@code sr_review_history}) and comments ({@code sr_review_comment}). */
final class ThreadStore {

    private ThreadStore() {
    }

    /**
     * Appends a history entry numbered {@code seq}: one more than the note's last, as counted
     * on its review row ({@link ReviewRow#historySeq()}) and moved with it in this transaction.
     */
    static void appendTransition(Tx tx, String org, String noteId, int seq, ReviewState from, ReviewState to,
            String actorId, Instant at, String addendumId) throws SQLException {
        try (PreparedStatement insert = tx.connection().prepareStatement("INSERT INTO sr_review_history"
                + " (org_id, note_id, seq, from_state, to_state, actor_id, acted_at, addendum_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, org);
            insert.setString(2, noteId);
            insert.setInt(3, seq);
            insert.setString(4, from.name());
            insert.setString(5, to.name());
            insert.setString(6, actorId);
            Jdbc.setInstant(insert, 7, at);
            insert.setString(8, addendumId);
            Concurrency.update(insert);
        }
    }

    static List<HistoryEntry> transitions(Tx tx, String org, String noteId) throws SQLException {
        List<HistoryEntry> entries = new ArrayList<>();
        try (PreparedStatement select = tx.connection().prepareStatement("SELECT from_state, to_state, actor_id,"
                + " acted_at, addendum_id FROM sr_review_history WHERE org_id = ? AND note_id = ? ORDER BY seq")) {
            select.setString(1, org);
            select.setString(2, noteId);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    entries.add(new HistoryEntry(ReviewState.valueOf(rs.getString(1)),
                            ReviewState.valueOf(rs.getString(2)), rs.getString(3), Jdbc.instant(rs, "acted_at"),
                            rs.getString(5)));
                }
            }
        }
        return entries;
    }

    /** Stores a comment; {@code seq} is the review version it was written at, unique per note. */
    static void insertComment(Tx tx, String org, String noteId, long seq, Comment comment) throws SQLException {
        try (PreparedStatement insert = tx.connection().prepareStatement("INSERT INTO sr_review_comment"
                + " (org_id, note_id, comment_id, seq, parent_id, entry_index, author_id, written_at, body,"
                + " return_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, org);
            insert.setString(2, noteId);
            insert.setString(3, comment.commentId());
            insert.setLong(4, seq);
            insert.setString(5, comment.parentId());
            insert.setInt(6, comment.entryIndex());
            insert.setString(7, comment.authorId());
            Jdbc.setInstant(insert, 8, comment.at());
            insert.setString(9, comment.text());
            insert.setBoolean(10, comment.returnReason());
            Concurrency.update(insert);
        }
    }

    static Optional<Comment> comment(Tx tx, String org, String noteId, String commentId) throws SQLException {
        return comments(tx, org, noteId, commentId).stream().findFirst();
    }

    static List<Comment> comments(Tx tx, String org, String noteId) throws SQLException {
        return comments(tx, org, noteId, null);
    }

    private static List<Comment> comments(Tx tx, String org, String noteId, String only) throws SQLException {
        List<Comment> comments = new ArrayList<>();
        try (PreparedStatement select = tx.connection().prepareStatement("SELECT comment_id, parent_id, entry_index,"
                + " author_id, written_at, body, return_reason FROM sr_review_comment WHERE org_id = ? AND note_id = ?"
                + (only == null ? "" : " AND comment_id = ?") + " ORDER BY seq")) {
            select.setString(1, org);
            select.setString(2, noteId);
            if (only != null) {
                select.setString(3, only);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    comments.add(new Comment(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            Jdbc.instant(rs, "written_at"), rs.getString(6), rs.getBoolean(7)));
                }
            }
        }
        return comments;
    }
}
