package org.casenotes.supervision.api.meeting;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A supervisee's supervision hours over a period, for licensure boards: every meeting that
 * took place with the supervisee present, and totals by format and modality. Group and triadic
 * meetings credit their full length to each supervisee present.
 *
 * @param superviseeId the supervisee
 * @param from the first day (inclusive) in the practice's time zone
 * @param to the last day (inclusive) in the practice's time zone
 * @param zone the practice's time zone the days are taken in
 * @param entries the meetings credited, oldest first
 * @param totals the totals by format and modality, in enum order, only those with meetings
 * @param notCredited the meetings that took place while the supervisee was ABSENT or EXCUSED,
 *     with 0 minutes, oldest first; shown so a reader sees why they earn nothing
 */
public record HoursLog(String superviseeId, LocalDate from, LocalDate to, ZoneId zone,
        List<HoursEntry> entries, List<HoursTotal> totals, List<HoursEntry> notCredited) {

    /** Checks that nothing is null and copies the lists. */
    public HoursLog {
        Objects.requireNonNull(superviseeId, "superviseeId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(zone, "zone");
        entries = List.copyOf(entries);
        totals = List.copyOf(totals);
        notCredited = List.copyOf(notCredited);
    }

    /**
     * A log without uncredited meetings.
     *
     * @param superviseeId the supervisee
     * @param from the first day
     * @param to the last day
     * @param zone the practice's time zone
     * @param entries the meetings credited
     * @param totals the totals
     */
    public HoursLog(String superviseeId, LocalDate from, LocalDate to, ZoneId zone, List<HoursEntry> entries,
            List<HoursTotal> totals) {
        this(superviseeId, from, to, zone, entries, totals, List.of());
    }

    /**
     * All minutes credited in the period.
     *
     * @return the sum of the totals' minutes
     */
    public long totalMinutes() {
        return totals.stream().mapToLong(HoursTotal::minutes).sum();
    }

    /**
     * All hours credited in the period, rounded half-up to two decimals.
     *
     * @return the hours
     */
    public BigDecimal totalHours() {
        return HoursTotal.hoursOf(totalMinutes());
    }
}
