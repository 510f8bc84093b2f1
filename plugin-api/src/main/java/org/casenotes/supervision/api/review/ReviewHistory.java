package org.casenotes.supervision.api.review;

import java.util.List;
import java.util.Objects;

/**
 * Everything that happened in one note's review: its transitions, its comment threads and
 * its addenda, each in the order it happened.
 *
 * @param review the review as it stands now
 * @param transitions every state change of the note and its addenda
 * @param comments every comment, threads linked by parent id
 * @param addenda the addenda, oldest first
 */
public record ReviewHistory(Review review, List<HistoryEntry> transitions, List<Comment> comments,
        List<Addendum> addenda) {

    /** Checks and copies. */
    public ReviewHistory {
        Objects.requireNonNull(review, "review");
        transitions = List.copyOf(transitions);
        comments = List.copyOf(comments);
        addenda = List.copyOf(addenda);
    }
}
