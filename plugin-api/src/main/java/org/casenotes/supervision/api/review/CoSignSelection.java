package org.casenotes.supervision.api.review;

import java.time.Instant;
import java.util.Objects;
import org.casenotes.supervision.api.policy.CoSignScope;

/**
 * Whether a note needs a co-sign, decided once when it is first submitted and kept.
 *
 * @param noteId the note
 * @param clinicianId its clinician
 * @param required whether a co-sign is required
 * @param reason why
 * @param scope the policy's scope then
 * @param percent the policy's sample percentage then (100 outside {@link CoSignScope#SAMPLE})
 * @param draw the note's draw, 0–9999: sampled when below {@code percent × 100}
 * @param policyVersion the policy version decided under
 * @param decidedAt when the note was first submitted
 */
public record CoSignSelection(String noteId, String clinicianId, boolean required, SampleReason reason,
        CoSignScope scope, int percent, int draw, int policyVersion, Instant decidedAt) {

    /** Checks the fields and that the reason agrees with {@code required}. */
    public CoSignSelection {
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(clinicianId, "clinicianId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (draw < 0 || draw > 9999) {
            throw new IllegalArgumentException("draw is 0 to 9999");
        }
        boolean requiring = reason != SampleReason.NOT_SAMPLED && reason != SampleReason.LICENSED_NOT_REQUIRED;
        if (required != requiring) {
            throw new IllegalArgumentException("reason " + reason + " does not fit required=" + required);
        }
    }
}
