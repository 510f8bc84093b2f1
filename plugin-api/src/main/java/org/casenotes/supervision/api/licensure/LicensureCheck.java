package org.casenotes.supervision.api.licensure;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A supervisee's supervision checked against their board's rule pack.
 *
 * @param superviseeId the supervisee
 * @param supervisorId the supervisor whose meetings alone were counted, or {@code null} for all
 * @param pack the rule pack applied
 * @param from the first day asked for
 * @param to the last day asked for
 * @param periods the weeks or months overlapping the days asked for, oldest first
 */
public record LicensureCheck(String superviseeId, String supervisorId, RulePackSummary pack, LocalDate from,
        LocalDate to, List<PeriodCheck> periods) {

    /** Checks that the required fields are present and copies the periods. */
    public LicensureCheck {
        Objects.requireNonNull(superviseeId, "superviseeId");
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        periods = List.copyOf(periods);
    }
}
