package org.casenotes.supervision.core.fhir;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.casenotes.supervision.api.disclosure.DisclosureSection;
import org.casenotes.supervision.api.review.ReviewHistory;

/**
 * What one note's export is built from, read with the caller's rights.
 *
 * @param organisationId the organisation
 * @param noteId the host's note id
 * @param clientId the host's client id (never exported as such)
 * @param sessionDate the session date
 * @param history the review with its transitions, comments and addenda
 * @param section the self-disclosure section, or {@code null} when none was saved
 * @param hostReference the host's own FHIR reference for the note, if it has one
 */
record NoteReview(String organisationId, String noteId, String clientId, LocalDate sessionDate,
        ReviewHistory history, DisclosureSection section, Optional<String> hostReference) {

    NoteReview {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(sessionDate, "sessionDate");
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(hostReference, "hostReference");
    }
}
