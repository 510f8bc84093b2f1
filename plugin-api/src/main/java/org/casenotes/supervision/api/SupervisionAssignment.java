package org.casenotes.supervision.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One supervisor responsible for one clinician over a dated period.
 *
 * @param organisationId the organisation
 * @param supervisorId who supervises
 * @param clinicianId who is supervised
 * @param kind primary supervisor or delegated backup
 * @param validFrom first day the assignment holds (inclusive)
 * @param validTo last day the assignment holds (inclusive), or {@code null} for open-ended
 */
public record SupervisionAssignment(String organisationId, String supervisorId,
        String clinicianId, Kind kind, LocalDate validFrom, LocalDate validTo) {

    /** Whether the supervisor is the clinician's own or stands in for them. */
    public enum Kind {
        /** The clinician's assigned supervisor. */
        PRIMARY,
        /** A supervisor delegated to act for the primary during a dated period. */
        BACKUP
    }

    /**
     * Checks that required fields are present and the period is not reversed.
     *
     * @throws IllegalArgumentException when {@code validTo} is before {@code validFrom}
     */
    public SupervisionAssignment {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(supervisorId, "supervisorId");
        Objects.requireNonNull(clinicianId, "clinicianId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo is before validFrom");
        }
    }

    /**
     * Tells whether the assignment holds on a day.
     *
     * @param day the day in the practice's time zone
     * @return {@code true} when the day lies within the period
     */
    public boolean holdsOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
