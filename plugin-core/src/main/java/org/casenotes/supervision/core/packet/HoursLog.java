package org.casenotes.supervision.core.packet;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The supervision hours in the period.
 *
 * @param rows one row per logged session, in the order to show them
 * @param totals minutes per licensure category
 */
public record HoursLog(List<Row> rows, List<Count> totals) {

    /** Copies the lists. */
    public HoursLog {
        rows = List.copyOf(rows);
        totals = List.copyOf(totals);
    }

    /**
     * All minutes logged.
     *
     * @return the sum of the rows' minutes
     */
    public long totalMinutes() {
        return rows.stream().mapToLong(Row::minutes).sum();
    }

    /**
     * One logged supervision session.
     *
     * @param date the day
     * @param supervisee who was supervised
     * @param category the licensure category, as the packet shows it
     * @param format individual, group, ...
     * @param minutes how long; positive
     */
    public record Row(LocalDate date, String supervisee, String category, String format,
            int minutes) {

        /** Checks that nothing is null and the duration is positive. */
        public Row {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(supervisee, "supervisee");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(format, "format");
            if (minutes <= 0) {
                throw new IllegalArgumentException("a logged session lasts at least a minute");
            }
        }
    }
}
