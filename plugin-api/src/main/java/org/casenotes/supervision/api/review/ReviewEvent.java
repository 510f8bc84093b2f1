package org.casenotes.supervision.api.review;

import java.time.Instant;
import java.time.LocalDate;
import org.casenotes.supervision.api.SupervisionEvent;

/**
 * A review event sent to the host's listener after the action committed. Ids only: no note
 * text, comment text or client data.
 */
public sealed interface ReviewEvent extends SupervisionEvent {

    /**
     * The note the event concerns.
     *
     * @return the host's note id
     */
    String noteId();

    /**
     * The note's clinician, so the host can notify them or their supervisors.
     *
     * @return the clinician's user id
     */
    String clinicianId();

    /**
     * A clinician submitted a note for review.
     *
     * @param organisationId the organisation
     * @param noteId the note
     * @param clinicianId the note's clinician
     * @param at when
     * @param dueDate the day the co-sign is due, or {@code null} when the note's co-sign
     *     selection (review sampling, {@code ReviewSampling}) asks for no co-sign: such a note is
     *     in no queue and never overdue
     */
    record Submitted(String organisationId, String noteId, String clinicianId, Instant at,
            LocalDate dueDate) implements ReviewEvent {
    }

    /**
     * A supervisor returned a note to its clinician.
     *
     * @param organisationId the organisation
     * @param noteId the note
     * @param clinicianId the note's clinician
     * @param at when
     * @param supervisorId who returned it
     */
    record ChangesRequested(String organisationId, String noteId, String clinicianId, Instant at,
            String supervisorId) implements ReviewEvent {
    }

    /**
     * A supervisor co-signed a note or one of its addenda.
     *
     * @param organisationId the organisation
     * @param noteId the note
     * @param clinicianId the note's clinician
     * @param at when
     * @param supervisorId who co-signed
     * @param addendumId the co-signed addendum, or {@code null} for the note itself
     */
    record CoSigned(String organisationId, String noteId, String clinicianId, Instant at,
            String supervisorId, String addendumId) implements ReviewEvent {
    }

    /**
     * A note's co-sign due date passed without a co-sign.
     *
     * @param organisationId the organisation
     * @param noteId the note
     * @param clinicianId the note's clinician
     * @param at when the check found it
     * @param dueDate the day the co-sign was due
     */
    record Overdue(String organisationId, String noteId, String clinicianId, Instant at,
            LocalDate dueDate) implements ReviewEvent {
    }

    /**
     * A note stayed without co-sign for twice the policy's due days; the host should alert
     * someone beyond the supervisor, such as a practice admin.
     *
     * @param organisationId the organisation
     * @param noteId the note
     * @param clinicianId the note's clinician
     * @param at when the check found it
     * @param dueDate the day the co-sign was due
     */
    record Escalated(String organisationId, String noteId, String clinicianId, Instant at,
            LocalDate dueDate) implements ReviewEvent {
    }
}
