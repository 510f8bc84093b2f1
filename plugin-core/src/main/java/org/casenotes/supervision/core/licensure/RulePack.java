package org.casenotes.supervision.core.licensure;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.licensure.CheckPeriod;
import org.casenotes.supervision.api.licensure.RulePackSummary;

/**
 * A board rule pack as read from its document. Immutable.
 *
 * @param summary which board, licence, version and dates
 * @param weekStarts the first day of the board's week
 * @param classes the supervision classes by headcount
 * @param rules the rules in the pack's order
 * @param columns the board summary's columns
 * @param document the pack's JSON document as given
 */
record RulePack(RulePackSummary summary, DayOfWeek weekStarts, List<SupervisionClass> classes,
        List<PackRule> rules, List<ExportColumn> columns, String document) {

    RulePack {
        classes = List.copyOf(classes);
        rules = List.copyOf(rules);
        columns = List.copyOf(columns);
    }

    /**
     * One column of the board summary: its header and the figure it shows.
     *
     * @param header the board's field name
     * @param value a figure's name, or {@code first}, {@code last}, {@code month}, {@code allMet}
     */
    record ExportColumn(String header, String value) {
    }

    String id() {
        return summary.id();
    }

    CheckPeriod period() {
        return summary.period();
    }

    Optional<SupervisionClass> classOf(int present) {
        return classes.stream().filter(c -> c.fits(present)).findFirst();
    }

    boolean inForce(LocalDate first, LocalDate last) {
        LocalDate to = summary.effectiveTo();
        return !last.isBefore(summary.effectiveFrom()) && (to == null || !first.isAfter(to));
    }
}
