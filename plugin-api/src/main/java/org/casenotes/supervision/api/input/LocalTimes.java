package org.casenotes.supervision.api.input;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.zone.ZoneOffsetTransition;
import org.casenotes.supervision.api.error.ValidationException;

/**
 * Reads a wall-clock time of the practice ({@code YYYY-MM-DDTHH:MM}, optionally with seconds)
 * into an instant. A time that does not exist locally (in the gap when clocks go forward) is
 * refused with {@value #IN_GAP}; a time that exists twice (when clocks go back) is the
 * <em>earlier</em> of the two, the offset in force before the change, as
 * {@link ZonedDateTime#ofLocal} chooses by default. The day must be within
 * {@link CalendarDates}' range. Thread-safe.
 */
public final class LocalTimes {

    /** The code of a problem for a time that does not exist in the practice's time zone. */
    public static final String IN_GAP = "time-in-gap";
    /** The code of a problem for a text that is no local date-time. */
    public static final String INVALID = "invalid-date-time";

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss]")
            .withResolverStyle(ResolverStyle.STRICT);

    private LocalTimes() {
    }

    /**
     * Reads a local date-time in a zone.
     *
     * @param path the field's JSON Pointer
     * @param text the text, not {@code null}
     * @param zone the practice's time zone
     * @return the instant it names
     * @throws ValidationException {@value #INVALID}, {@value CalendarDates#OUT_OF_RANGE} or
     *     {@value #IN_GAP}
     */
    public static Instant parse(String path, String text, ZoneId zone) {
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(text, LOCAL);
        } catch (DateTimeParseException e) {
            throw ValidationException.of(path, INVALID, "give the time as YYYY-MM-DDTHH:MM");
        }
        CalendarDates.require(path, local.toLocalDate());
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            throw ValidationException.of(path, IN_GAP, "this time does not exist on that day because the clocks go forward"
                    + " at " + transition.getDateTimeBefore().toLocalTime() + "; choose another time");
        }
        return ZonedDateTime.ofLocal(local, zone, null).toInstant();
    }
}
