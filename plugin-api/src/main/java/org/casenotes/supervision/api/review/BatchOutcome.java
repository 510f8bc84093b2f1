package org.casenotes.supervision.api.review;

import java.util.Objects;

/**
 * What a batch co-sign did, or would have done, with one note.
 *
 * @param noteId the note
 * @param accepted {@code true} when the note passed every check; it was co-signed if the
 *     whole batch was committed
 * @param reasonCode why it was refused, a stable code such as {@code flagged}, {@code
 *     forbidden}, {@code invalid-state}, {@code conflict}, {@code not-found},
 *     {@code undocumented} (submitted without a self-disclosure section), {@code session-date}
 *     (after today or before the policy's earliest day); {@code null} when accepted
 * @param reason a readable sentence without client text; {@code null} when accepted
 */
public record BatchOutcome(String noteId, boolean accepted, String reasonCode, String reason) {

    /** Checks that a refusal has a reason. */
    public BatchOutcome {
        Objects.requireNonNull(noteId, "noteId");
        if (!accepted && (reasonCode == null || reason == null)) {
            throw new IllegalArgumentException("a refusal needs a reason");
        }
    }
}
