package org.casenotes.supervision.api.licensure;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One board rule evaluated over one period.
 *
 * @param ruleId the rule's id within its pack, such as {@code weekly-contact}
 * @param kind the kind of rule, such as {@code min-units} (see {@code docs/licensure.md})
 * @param outcome met, not met or unknown
 * @param figures the figures the outcome rests on, by name, in a fixed order: for example
 *     {@code units} and {@code required}; hours and units as decimals, shares in percent
 * @param label the rule in plain words, in the requested language
 * @param explanation why the outcome is what it is, with the figures, in the requested language
 * @param citation where the rule comes from
 */
public record RuleResult(String ruleId, String kind, RuleOutcome outcome, Map<String, BigDecimal> figures,
        String label, String explanation, Citation citation) {

    /** Checks that nothing is null and keeps the figures in their order. */
    public RuleResult {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(explanation, "explanation");
        Objects.requireNonNull(citation, "citation");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
    }
}
