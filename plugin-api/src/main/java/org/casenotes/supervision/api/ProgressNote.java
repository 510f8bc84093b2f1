package org.casenotes.supervision.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A progress note as the host keeps it; the plugin reads it and never changes it.
 *
 * @param organisationId the organisation
 * @param noteId the host's note id
 * @param clientId the host's client id
 * @param clinicianId the clinician who wrote the note
 * @param sessionDate the date of the session the note documents
 * @param service the service given, such as "Individual psychotherapy, 53 min"
 * @param text the note's full text as the host renders it
 */
public record ProgressNote(String organisationId, String noteId, String clientId,
        String clinicianId, LocalDate sessionDate, String service, String text) {

    /** Checks that nothing is null. */
    public ProgressNote {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clinicianId, "clinicianId");
        Objects.requireNonNull(sessionDate, "sessionDate");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(text, "text");
    }
}
