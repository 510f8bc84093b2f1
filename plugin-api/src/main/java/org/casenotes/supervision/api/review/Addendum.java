package org.casenotes.supervision.api.review;

import java.time.Instant;
import java.util.Objects;

/**
 * Text added to a co-signed note, which itself stays untouched. An addendum runs its own
 * DRAFT → SUBMITTED → CO_SIGNED cycle.
 *
 * @param addendumId the addendum's own id
 * @param noteId the co-signed note it extends
 * @param authorId the note's clinician, who wrote it
 * @param text the addendum text
 * @param state DRAFT, SUBMITTED or CO_SIGNED
 * @param version the addendum's own optimistic version
 * @param createdAt when it was written
 * @param contentHash the SHA-256 (hex) of its text once submitted, otherwise {@code null}
 * @param coSign the co-signature once CO_SIGNED, otherwise {@code null}
 */
public record Addendum(String addendumId, String noteId, String authorId, String text,
        ReviewState state, long version, Instant createdAt, String contentHash, CoSign coSign) {

    /** Checks the required fields. */
    public Addendum {
        Objects.requireNonNull(addendumId, "addendumId");
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
