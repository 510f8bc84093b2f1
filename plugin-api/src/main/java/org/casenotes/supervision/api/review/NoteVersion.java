package org.casenotes.supervision.api.review;

import java.util.Objects;

/**
 * A note together with the review version the caller last saw, for batch actions.
 *
 * @param noteId the host's note id
 * @param expectedVersion the version the caller acts on
 */
public record NoteVersion(String noteId, long expectedVersion) {

    /** Checks that the id is present. */
    public NoteVersion {
        Objects.requireNonNull(noteId, "noteId");
    }
}
