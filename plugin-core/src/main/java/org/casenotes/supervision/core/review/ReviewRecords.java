package org.casenotes.supervision.core.review;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewHistory;
import org.casenotes.supervision.api.review.ReviewState;
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
     * Whether a co-signed note's content differs from what the co-sign attests to (the same
     * hash as {@code Reviews.changedAfterCoSign}).
     *
     * @param review the note's review
     * @param noteText the host's note text now, or {@code null} when the host no longer has it
     * @param sectionJson the section's canonical JSON now, or {@code null} when it has none
     * @return {@code true} only for a co-signed review whose content changed
     */
    public static boolean changedAfterCoSign(Review review, String noteText, String sectionJson) {
        return review.state() == ReviewState.CO_SIGNED
                && !ContentHash.of(noteText, sectionJson).equals(review.snapshotHash());
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
