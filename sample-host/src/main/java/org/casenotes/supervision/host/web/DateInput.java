package org.casenotes.supervision.host.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.input.CalendarDates;
import org.casenotes.supervision.api.input.LocalTimes;

/**
 * The one way every route reads a day or a practice's wall-clock time, from a body field or a
 * query parameter: exactly {@code YYYY-MM-DD} within {@link CalendarDates}' range, and local
 * times through {@link LocalTimes} (a time in the clocks-forward gap is refused). A bad value
 * is a 400 problem with the field's pointer, never a 5xx. Thread-safe (stateless).
 */
public final class DateInput {

    private DateInput() {
    }

    /**
     * Reads an optional day.
     *
     * @param value the text sent, may be {@code null} or empty
     * @param path the field's JSON Pointer
     * @return the day, or {@code null} when none was sent
     * @throws ValidationException when the text is no day in range
     */
    public static LocalDate day(String value, String path) {
        return value == null || value.isEmpty() ? null : CalendarDates.parse(path, value);
    }

    /**
     * Reads an optional day, collecting its problem instead of throwing.
     *
     * @param value the text sent, may be {@code null} or empty
     * @param path the field's JSON Pointer
     * @param problems where a problem goes
     * @return the day, or {@code null} when none was sent or it has a problem
     */
    public static LocalDate day(String value, String path, List<FieldProblem> problems) {
        try {
            return day(value, path);
        } catch (ValidationException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /**
     * Reads a day from a query parameter.
     *
     * @param ctx the request
     * @param name the parameter; its pointer is {@code /name}
     * @param fallback the day when the parameter is absent or empty
     * @return the day
     * @throws ValidationException when the text is no day in range
     */
    public static LocalDate query(Context ctx, String name, LocalDate fallback) {
        LocalDate day = day(ctx.queryParam(name), "/" + name);
        return day == null ? fallback : day;
    }

    /**
     * Reads a wall-clock time of the practice, collecting its problem instead of throwing.
     *
     * @param value the text sent, may be {@code null}
     * @param path the field's JSON Pointer
     * @param zone the practice's time zone
     * @param problems where a problem goes
     * @return the instant, or {@code null} after recording a problem (a missing value is {@code required})
     */
    public static Instant localTime(String value, String path, ZoneId zone, List<FieldProblem> problems) {
        if (value == null || value.isEmpty()) {
            problems.add(new FieldProblem(path, "required", "give the start as YYYY-MM-DDTHH:MM"));
            return null;
        }
        try {
            return LocalTimes.parse(path, value, zone);
        } catch (ValidationException e) {
            problems.addAll(e.problems());
            return null;
        }
    }
}
