package org.casenotes.supervision.api.policy;

import java.util.Objects;
import java.util.Set;

/**
 * One version of an organisation's policy: the thresholds of the flag rules, the limits of a
 * self-disclosure section and the co-sign rules.
 *
 * @param version the version; 1 is the organisation's initial policy (the host's or the
 *     built-in defaults)
 * @param patternSessions the pattern rule flags disclosures with one client in at least this
 *     many of the client's last {@code patternWindow} sessions
 * @param patternWindow how many of the client's most recent sessions the pattern rule looks at
 * @param summaryMaxLength the longest summary allowed, in characters (code points)
 * @param maxEntries the most disclosure entries one section may have
 * @param volumeSummaryLength the volume rule flags a summary at least this long
 * @param volumeEntries the volume rule flags a section with at least this many entries
 * @param review the part the review workflow reads: due days, attestation, batch blocking
 */
public record OrganisationPolicy(int version, int patternSessions, int patternWindow,
        int summaryMaxLength, int maxEntries, int volumeSummaryLength, int volumeEntries,
        ReviewPolicy review) {

    /**
     * Checks that the values are usable.
     *
     * @throws IllegalArgumentException when a value is out of range
     */
    public OrganisationPolicy {
        Objects.requireNonNull(review, "review");
        if (version < 1 || patternSessions < 1 || patternSessions > patternWindow
                || summaryMaxLength < 1 || maxEntries < 1 || volumeSummaryLength < 1 || volumeEntries < 1) {
            throw new IllegalArgumentException("policy values out of range");
        }
        if (review.version() != version) {
            throw new IllegalArgumentException("the review part must carry the same version");
        }
    }

    /**
     * The ids of the flag rules whose flags keep a note out of batch co-sign.
     *
     * @return the rule ids
     */
    public Set<String> batchBlockingRules() {
        return review.batchBlockingRules();
    }
}
