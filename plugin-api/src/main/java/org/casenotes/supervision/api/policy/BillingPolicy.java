package org.casenotes.supervision.api.policy;

import java.util.Map;
import java.util.TreeMap;

/**
 * Whether a supervisee's note needs a co-sign before it may be billed: a default and, per
 * payer group, an exception (payer rules vary).
 *
 * @param coSignRequired the rule for a payer group not listed (and for a note without one)
 * @param payerGroups the rule per payer group id, such as {@code medicare}
 */
public record BillingPolicy(boolean coSignRequired, Map<String, Boolean> payerGroups) {

    /** The default: every note needs a co-sign before it is billed. */
    public static final BillingPolicy DEFAULT = new BillingPolicy(true, Map.of());

    /** Copies the groups in a stable order. */
    public BillingPolicy {
        payerGroups = java.util.Collections.unmodifiableMap(new TreeMap<>(payerGroups));
    }

    /**
     * Tells whether a payer group needs a co-sign.
     *
     * @param payerGroup the group, or {@code null}
     * @return the group's rule, else the default
     */
    public boolean coSignRequired(String payerGroup) {
        return payerGroup == null ? coSignRequired : payerGroups.getOrDefault(payerGroup, coSignRequired);
    }
}
