package org.casenotes.supervision.api.policy;

import java.util.Objects;
import java.util.Set;

/**
 * The part of an organisation's policy the review workflow reads. The full policy document
 * (thresholds of the flag rules, length limits) is richer; see the policy service.
 *
 * @param version the policy version these values come from (1 for the built-in defaults)
 * @param coSignDueDays days after submission by which a co-sign is due
 * @param attestationText the statement a supervisor attests to when co-signing
 * @param batchBlockingRules ids of flag rules whose flags keep a note out of batch co-sign
 */
public record ReviewPolicy(int version, int coSignDueDays, String attestationText,
        Set<String> batchBlockingRules) {

    /** Checks the values and copies the set. */
    public ReviewPolicy {
        Objects.requireNonNull(attestationText, "attestationText");
        batchBlockingRules = Set.copyOf(batchBlockingRules);
        if (coSignDueDays < 1) {
            throw new IllegalArgumentException("coSignDueDays must be at least 1");
        }
    }
}
