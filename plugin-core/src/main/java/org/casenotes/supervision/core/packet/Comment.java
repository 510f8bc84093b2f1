package org.casenotes.supervision.core.packet;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A review comment and its replies.
 *
 * @param author the author's display name
 * @param at when it was written
 * @param text the comment
 * @param replies the replies, oldest first
 */
public record Comment(String author, Instant at, String text, List<Comment> replies) {

    /** Checks that nothing is null and copies the replies. */
    public Comment {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(text, "text");
        replies = List.copyOf(replies);
    }
}
