package org.casenotes.supervision.core.disclosure;

import org.casenotes.supervision.api.policy.OrganisationPolicy;
import org.casenotes.supervision.core.policy.PolicyDocument;

/**
 * The length and count limits a section is validated with: fixed ones for the secondary texts,
 * and the summary and entry limits from the organisation's policy, never above the hard caps.
 *
 * @param summaryMaxLength the longest summary, in code points
 * @param maxEntries the most entries per section
 */
record Limits(int summaryMaxLength, int maxEntries) {

    static final int SUMMARY_HARD_MAX = PolicyDocument.SUMMARY_MAX_CAP;
    static final int ENTRIES_HARD_MAX = PolicyDocument.ENTRIES_CAP;
    static final int OTHER_INTENT_MAX = 200;
    static final int RATIONALE_MAX = 2000;
    static final int RISK_NOTE_MAX = 1000;
    static final int RESPONSE_TEXT_MAX = 2000;
    static final int CULTURAL_MAX = 2000;

    /** The built-in limits. */
    static final Limits BUILT_IN = new Limits(SUMMARY_HARD_MAX, ENTRIES_HARD_MAX);

    Limits {
        if (summaryMaxLength < 1 || summaryMaxLength > SUMMARY_HARD_MAX
                || maxEntries < 1 || maxEntries > ENTRIES_HARD_MAX) {
            throw new IllegalArgumentException("limits out of range");
        }
    }

    static Limits of(OrganisationPolicy policy) {
        return new Limits(Math.min(policy.summaryMaxLength(), SUMMARY_HARD_MAX),
                Math.min(policy.maxEntries(), ENTRIES_HARD_MAX));
    }
}
