package org.casenotes.supervision.core.sampling;

import java.time.Instant;
import org.casenotes.supervision.api.SupervisionDirectory;
import org.casenotes.supervision.api.policy.CoSignScope;
import org.casenotes.supervision.api.policy.SamplingPolicy;
import org.casenotes.supervision.api.review.CoSignSelection;
import org.casenotes.supervision.api.review.SampleReason;

/**
 * Decides whether a note needs a co-sign under the sampling policy: every note under
 * {@link CoSignScope#ALL_NOTES}; a supervisee's always; an independently licensed clinician's
 * never under {@link CoSignScope#SUPERVISEES_ONLY}, and when its draw falls in the sample under
 * {@link CoSignScope#SAMPLE}. Thread-safe.
 */
public final class CoSignSampler {

    private final SupervisionDirectory directory;
    private final SampleDraw draw;

    /**
     * Creates the sampler.
     *
     * @param directory the host's directory, which says who is independently licensed
     * @param draw the per-note draw
     */
    public CoSignSampler(SupervisionDirectory directory, SampleDraw draw) {
        this.directory = directory;
        this.draw = draw;
    }

    /**
     * The decision for a note.
     *
     * @param organisationId the organisation
     * @param noteId the note
     * @param clinicianId its clinician
     * @param policy the sampling policy in force
     * @param policyVersion that policy's version
     * @param at when the note is first submitted
     * @return the selection
     */
    public CoSignSelection decide(String organisationId, String noteId, String clinicianId, SamplingPolicy policy,
            int policyVersion, Instant at) {
        int drawn = draw.of(organisationId, noteId);
        SampleReason reason;
        if (policy.scope() == CoSignScope.ALL_NOTES) {
            reason = SampleReason.ALL_NOTES;
        } else if (!directory.independentlyLicensed(organisationId, clinicianId)) {
            reason = SampleReason.SUPERVISEE;
        } else if (policy.scope() == CoSignScope.SUPERVISEES_ONLY) {
            reason = SampleReason.LICENSED_NOT_REQUIRED;
        } else {
            reason = SampleDraw.inSample(drawn, policy.percent()) ? SampleReason.SAMPLED : SampleReason.NOT_SAMPLED;
        }
        boolean required = reason != SampleReason.NOT_SAMPLED && reason != SampleReason.LICENSED_NOT_REQUIRED;
        return new CoSignSelection(noteId, clinicianId, required, reason, policy.scope(), policy.percent(), drawn,
                policyVersion, at);
    }
}
