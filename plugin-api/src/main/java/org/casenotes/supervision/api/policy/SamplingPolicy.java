package org.casenotes.supervision.api.policy;

import java.util.Objects;

/**
 * Which notes need a co-sign: all, supervisees' only, or supervisees' and a sample of each
 * independently licensed clinician's notes (as the Canvas co-sign plugin offers). A note is in the
 * sample when its draw, a number from 0 to 9999 derived from the organisation and note id with
 * HMAC-SHA-256 under the host's audit key, is below {@code percent × 100}: the same note is always
 * in or out under the same percentage, and a clinician cannot tell beforehand which notes will be.
 *
 * @param scope which notes need a co-sign
 * @param percent for {@link CoSignScope#SAMPLE}, the share of a licensed clinician's notes sampled,
 *     1 to 100; for the other scopes, 100
 */
public record SamplingPolicy(CoSignScope scope, int percent) {

    /** Every note needs a co-sign. */
    public static final SamplingPolicy DEFAULT = new SamplingPolicy(CoSignScope.ALL_NOTES, 100);

    /**
     * Checks the scope and the percentage.
     *
     * @throws IllegalArgumentException when the percentage is outside 1–100, or not 100 outside
     *     {@link CoSignScope#SAMPLE}
     */
    public SamplingPolicy {
        Objects.requireNonNull(scope, "scope");
        if (percent < 1 || percent > 100 || (scope != CoSignScope.SAMPLE && percent != 100)) {
            throw new IllegalArgumentException("percent is 1 to 100, and 100 unless the scope is SAMPLE");
        }
    }
}
