package org.casenotes.supervision.core.review;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.review.ReviewHistory;
import org.casenotes.supervision.core.storage.Tx;

/**
 * Reads a note's review, transitions and comments for a packet, in the caller's transaction
 * and without an audit event of its own: the export that prints them records one event for
 * the whole packet. Addenda are not read. Stateless and thread-safe.
 */
public final class ReviewRecords {

    private ReviewRecords() {
    }

    /**
     * The note's review record.
     *
     * @param tx the caller's transaction
     * @param organisationId the organisation
     * @param noteId the note
     * @return the review with its transitions and comments (no addenda), or empty when the
     *     note was never submitted
     * @throws SQLException on a database fault
     */
    public static Optional<ReviewHistory> of(Tx tx, String organisationId, String noteId) throws SQLException {
        Optional<ReviewRow> row = ReviewStore.find(tx, organisationId, noteId);
        if (row.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ReviewHistory(row.get().toReview(), ThreadStore.transitions(tx, organisationId, noteId),
                ThreadStore.comments(tx, organisationId, noteId), List.of()));
    }
}
