package org.casenotes.supervision.api.review;

import java.time.Instant;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One comment in a note's review thread.
 *
 * @param commentId the comment's id
 * @param parentId the comment it answers, or {@code null} for the start of a thread
 * @param entryIndex the disclosure entry it is about (0-based), or {@code -1} for the whole
 *     note
 * @param authorId who wrote it
 * @param at when, by the host's clock
 * @param text what was written
 * @param returnReason {@code true} when this is the reason a supervisor gave for returning
 *     the note
 */
public record Comment(String commentId, String parentId, int entryIndex, String authorId,
        Instant at, String text, boolean returnReason) {

    /** Checks the required fields. */
    public Comment {
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
        if (entryIndex < -1) {
            throw new IllegalArgumentException("entryIndex must be -1 or a valid index");
        }
    }

    /**
     * The disclosure entry the comment concerns.
     *
     * @return the entry index, or empty for a note-level comment
     */
    public OptionalInt entry() {
        return entryIndex < 0 ? OptionalInt.empty() : OptionalInt.of(entryIndex);
    }
}
