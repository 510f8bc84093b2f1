package org.casenotes.supervision.api.licensure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A board's rules evaluated over one week or month of a supervisee's supervision.
 *
 * @param first the period's first day
 * @param last the period's last day
 * @param figures the period's totals in the board's units, by name in a fixed order (see
 *     {@code docs/licensure.md}): for example {@code individualHours}, {@code groupHours},
 *     {@code supervisionHours}, {@code units}, {@code directClientHours}
 * @param rules each rule of the pack, in the pack's order
 */
public record PeriodCheck(LocalDate first, LocalDate last, Map<String, BigDecimal> figures, List<RuleResult> rules) {

    /** Checks that nothing is null and copies the collections. */
    public PeriodCheck {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        figures = Collections.unmodifiableMap(new LinkedHashMap<>(figures));
        rules = List.copyOf(rules);
    }

    /**
     * Tells whether every rule is met.
     *
     * @return {@code true} when no rule is NOT_MET or UNKNOWN
     */
    public boolean allMet() {
        return rules.stream().allMatch(r -> r.outcome() == RuleOutcome.MET);
    }
}
