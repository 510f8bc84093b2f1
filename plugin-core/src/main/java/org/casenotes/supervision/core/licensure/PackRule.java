package org.casenotes.supervision.core.licensure;

import java.math.BigDecimal;
import java.util.Set;
import org.casenotes.supervision.api.licensure.Citation;
import org.casenotes.supervision.api.meeting.Modality;

/**
 * One rule of a pack with its parameters; a parameter the kind does not use is {@code null}
 * (the schema allows only the kind's own parameters).
 *
 * @param id the rule's id within the pack
 * @param kind what the rule checks
 * @param citation where it comes from
 * @param classes the supervision classes it applies to, or empty
 * @param modalities the modalities it names, or empty
 * @param minutes a length in minutes
 * @param units a number of units
 * @param hours a number of hours
 * @param aboveHours a number of direct client hours the rule applies above
 * @param perDirectHours the direct client hours per {@code hours} of supervision
 * @param percent a share in percent
 * @param years a number of years
 */
record PackRule(String id, RuleKind kind, Citation citation, Set<String> classes, Set<Modality> modalities,
        Integer minutes, BigDecimal units, BigDecimal hours, BigDecimal aboveHours, BigDecimal perDirectHours,
        Integer percent, Integer years) {

    PackRule {
        classes = Set.copyOf(classes);
        modalities = Set.copyOf(modalities);
    }
}
