package org.casenotes.supervision.api.policy;

import java.util.List;
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
 * @param identifyingFields the free-text fields of a disclosure entry whose values a packet
 *     withholds in the CODED identity mode, named as in {@link #WITHHOLDABLE_FIELDS}
 * @param defaultRulePack the board rule pack that applies to a supervisee the host names none
 *     for, such as {@code us-tx-lpc-associate}, or {@code null} for none
 * @param billing whether a note needs a co-sign before it is billed, per payer group
 * @param sampling which notes need a co-sign: all, supervisees' only, or a sample of licensed
 *     clinicians' notes
 */
public record OrganisationPolicy(int version, int patternSessions, int patternWindow,
        int summaryMaxLength, int maxEntries, int volumeSummaryLength, int volumeEntries,
        ReviewPolicy review, List<String> identifyingFields, String defaultRulePack, BillingPolicy billing,
        SamplingPolicy sampling) {

    /**
     * A policy in which every note needs a co-sign.
     *
     * @param version the policy version
     * @param patternSessions sessions with a disclosure that make a pattern
     * @param patternWindow the sessions looked at for a pattern
     * @param summaryMaxLength the longest summary
     * @param maxEntries the most entries in a section
     * @param volumeSummaryLength the summary length that raises the volume flag
     * @param volumeEntries the entry count that raises the volume flag
     * @param review the review part
     * @param identifyingFields the fields withheld from coded packets
     * @param defaultRulePack the board rule pack used when the host names none, or {@code null}
     * @param billing whether a note needs a co-sign before it is billed, per payer group
     */
    public OrganisationPolicy(int version, int patternSessions, int patternWindow, int summaryMaxLength,
            int maxEntries, int volumeSummaryLength, int volumeEntries, ReviewPolicy review,
            List<String> identifyingFields, String defaultRulePack, BillingPolicy billing) {
        this(version, patternSessions, patternWindow, summaryMaxLength, maxEntries, volumeSummaryLength,
                volumeEntries, review, identifyingFields, defaultRulePack, billing, SamplingPolicy.DEFAULT);
    }

    /**
     * The free-text fields a policy may mark as identifying: paths into a disclosure entry.
     */
    public static final List<String> WITHHOLDABLE_FIELDS = List.of("summary", "otherIntentText", "rationale",
            "riskScreen.note", "clientResponse.text", "culturalConsiderations");

    /** The fields withheld in coded packets unless the policy says otherwise. */
    public static final List<String> DEFAULT_IDENTIFYING_FIELDS = List.of("clientResponse.text",
            "culturalConsiderations");

    /**
     * Checks that the values are usable.
     *
     * @throws IllegalArgumentException when a value is out of range
     */
    public OrganisationPolicy {
        Objects.requireNonNull(review, "review");
        Objects.requireNonNull(billing, "billing");
        Objects.requireNonNull(sampling, "sampling");
        identifyingFields = List.copyOf(identifyingFields);
        if (!WITHHOLDABLE_FIELDS.containsAll(identifyingFields)) {
            throw new IllegalArgumentException("identifying fields must be among " + WITHHOLDABLE_FIELDS);
        }
        if (version < 1 || patternSessions < 1 || patternSessions > patternWindow
                || summaryMaxLength < 1 || maxEntries < 1 || volumeSummaryLength < 1 || volumeEntries < 1) {
            throw new IllegalArgumentException("policy values out of range");
        }
        if (review.version() != version) {
            throw new IllegalArgumentException("the review part must carry the same version");
        }
    }

    /**
     * A policy without a default board rule pack, requiring a co-sign before billing.
     *
     * @param version the version
     * @param patternSessions the pattern rule's session count
     * @param patternWindow the pattern rule's window
     * @param summaryMaxLength the longest summary allowed
     * @param maxEntries the most entries per section
     * @param volumeSummaryLength the volume rule's summary length
     * @param volumeEntries the volume rule's entry count
     * @param review the review part
     * @param identifyingFields the fields withheld in coded packets
     * @throws IllegalArgumentException when a value is out of range
     */
    public OrganisationPolicy(int version, int patternSessions, int patternWindow, int summaryMaxLength,
            int maxEntries, int volumeSummaryLength, int volumeEntries, ReviewPolicy review,
            List<String> identifyingFields) {
        this(version, patternSessions, patternWindow, summaryMaxLength, maxEntries, volumeSummaryLength,
                volumeEntries, review, identifyingFields, null, BillingPolicy.DEFAULT);
    }

    /**
     * A policy that withholds the default identifying fields.
     *
     * @param version the version
     * @param patternSessions the pattern rule's session count
     * @param patternWindow the pattern rule's window
     * @param summaryMaxLength the longest summary allowed
     * @param maxEntries the most entries per section
     * @param volumeSummaryLength the volume rule's summary length
     * @param volumeEntries the volume rule's entry count
     * @param review the review part
     * @throws IllegalArgumentException when a value is out of range
     */
    public OrganisationPolicy(int version, int patternSessions, int patternWindow, int summaryMaxLength,
            int maxEntries, int volumeSummaryLength, int volumeEntries, ReviewPolicy review) {
        this(version, patternSessions, patternWindow, summaryMaxLength, maxEntries, volumeSummaryLength,
                volumeEntries, review, DEFAULT_IDENTIFYING_FIELDS, null, BillingPolicy.DEFAULT);
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
