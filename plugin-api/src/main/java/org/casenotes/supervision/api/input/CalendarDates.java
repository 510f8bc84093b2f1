package org.casenotes.supervision.api.input;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ValidationException;

/**
 * The calendar days the plugin and its hosts accept: from {@link #EARLIEST} (0001-01-01) to
 * {@link #LATEST} (9999-12-31), the days with a four-digit year in the proleptic Gregorian
 * calendar (ISO 8601 without its expanded representation, and the range of an SQL
 * {@code DATE}). A day in range is stored and returned exactly as sent. Thread-safe.
 */
public final class CalendarDates {

    /** The first accepted day. */
    public static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    /** The last accepted day. */
    public static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    /** The code of a problem for a day outside the range. */
    public static final String OUT_OF_RANGE = "date-out-of-range";
    /** The code of a problem for a text that is no {@code YYYY-MM-DD} day. */
    public static final String INVALID = "invalid-date";

    /** Exactly {@code YYYY-MM-DD}: four-digit year, no sign, a real day (no 2026-02-30). */
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    private CalendarDates() {
    }

    /**
     * Tells whether a day is within the accepted range.
     *
     * @param day the day, not {@code null}
     * @return {@code true} when {@link #EARLIEST} &lt;= day &lt;= {@link #LATEST}
     */
    public static boolean accepted(LocalDate day) {
        return !day.isBefore(EARLIEST) && !day.isAfter(LATEST);
    }

    /**
     * The problem of a day, if it has one.
     *
     * @param path the field's JSON Pointer
     * @param day the day; {@code null} has no problem here (whether it is required is the caller's rule)
     * @return an {@value #OUT_OF_RANGE} problem, or empty
     */
    public static Optional<FieldProblem> problem(String path, LocalDate day) {
        if (day == null || accepted(day)) {
            return Optional.empty();
        }
        return Optional.of(new FieldProblem(path, OUT_OF_RANGE, "give a day between " + EARLIEST + " and " + LATEST));
    }

    /**
     * Refuses a day outside the range.
     *
     * @param path the field's JSON Pointer
     * @param day the day, may be {@code null}
     * @return the day
     * @throws ValidationException {@value #OUT_OF_RANGE} when outside the range
     */
    public static LocalDate require(String path, LocalDate day) {
        Optional<FieldProblem> problem = problem(path, day);
        if (problem.isPresent()) {
            throw new ValidationException(java.util.List.of(problem.get()));
        }
        return day;
    }

    /**
     * Reads a day written exactly as {@code YYYY-MM-DD} within the range.
     *
     * @param path the field's JSON Pointer
     * @param text the text, not {@code null}
     * @return the day
     * @throws ValidationException {@value #INVALID} when it is not such a day, or
     *     {@value #OUT_OF_RANGE}
     */
    public static LocalDate parse(String path, String text) {
        try {
            return require(path, LocalDate.parse(text, DAY));
        } catch (DateTimeParseException e) {
            throw ValidationException.of(path, INVALID, "give the date as YYYY-MM-DD (years 0001 to 9999)");
        }
    }
}
