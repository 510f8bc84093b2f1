package org.casenotes.supervision.api.billing;

import java.time.Instant;
import java.util.Objects;
import org.casenotes.supervision.api.SupervisionEvent;

/**
 * Raised when a co-sign leaves a note billable: the host may send the claim, naming the
 * supervising practitioner.
 *
 * @param organisationId the organisation
 * @param noteId the note
 * @param clinicianId the note's clinician
 * @param at when the co-sign happened
 * @param supervisingPractitionerId the co-signer, to be named on the claim
 * @param payerGroup the payer group, or {@code null}
 * @param presence how the supervisor was present, or {@code null} when not recorded
 */
public record NoteBillable(String organisationId, String noteId, String clinicianId, Instant at,
        String supervisingPractitionerId, String payerGroup, SupervisorPresence presence) implements SupervisionEvent {

    /** Checks the required fields. */
    public NoteBillable {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(clinicianId, "clinicianId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(supervisingPractitionerId, "supervisingPractitionerId");
    }
}
