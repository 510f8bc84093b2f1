package org.casenotes.supervision.api.review;

import java.time.Instant;
import java.util.Objects;

/**
 * One transition of a note's review, or of one of its addenda.
 *
 * @param from the state before
 * @param to the state after
 * @param actorId who made the transition
 * @param at when, by the host's clock
 * @param addendumId the addendum that moved, or {@code null} for the note itself
 */
public record HistoryEntry(ReviewState from, ReviewState to, String actorId, Instant at,
        String addendumId) {

    /** Checks the required fields. */
    public HistoryEntry {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(at, "at");
    }
}
