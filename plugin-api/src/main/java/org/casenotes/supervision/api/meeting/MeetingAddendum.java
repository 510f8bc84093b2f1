package org.casenotes.supervision.api.meeting;

import java.time.Instant;
import java.util.Objects;

/**
 * A dated correction or addition written after a meeting was signed; the signed meeting itself
 * never changes.
 *
 * @param id the addendum's id
 * @param writtenAt when it was written
 * @param authorId who wrote it (the meeting's supervisor)
 * @param text what it says
 */
public record MeetingAddendum(String id, Instant writtenAt, String authorId, String text) {

    /** Checks that nothing is null. */
    public MeetingAddendum {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(writtenAt, "writtenAt");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(text, "text");
    }
}
