package org.casenotes.supervision.api.disclosure;

import java.time.LocalDate;
import java.util.Objects;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.input.CalendarDates;

/**
 * A request to store the self-disclosure section of one of the host's progress notes.
 *
 * @param noteId the host's note id
 * @param clientId the host's id of the note's client
 * @param clinicianId the note's clinician; must be the acting user
 * @param sessionDate the day of the session
 * @param expectedVersion the version the caller last read, or {@code 0} for a section not yet
 *     stored
 * @param sectionJson the section as a JSON document (see {@link Disclosures#formSchema})
 */
public record SaveSection(String noteId, String clientId, String clinicianId,
        LocalDate sessionDate, long expectedVersion, String sectionJson) {

    /**
     * Checks that nothing is null or blank and the version is not negative.
     *
     * @throws NullPointerException when any argument is null
     * @throws IllegalArgumentException when an id is blank or too long
     * @throws ValidationException {@code out-of-range} when the version is negative, or
     *     {@code date-out-of-range} when the session date is outside {@link CalendarDates}
     */
    public SaveSection {
        requireId(noteId, "noteId");
        requireId(clientId, "clientId");
        requireId(clinicianId, "clinicianId");
        Objects.requireNonNull(sessionDate, "sessionDate");
        Objects.requireNonNull(sectionJson, "sectionJson");
        if (expectedVersion < 0) {
            throw ValidationException.of("/expectedVersion", "out-of-range", "the version is 0 or more");
        }
        CalendarDates.require("/sessionDate", sessionDate);
    }

    private static void requireId(String id, String name) {
        Objects.requireNonNull(id, name);
        if (id.isBlank() || id.length() > 128) {
            throw new IllegalArgumentException(name + " must be 1 to 128 characters and not blank");
        }
    }
}
