package org.casenotes.supervision.api.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The review of one progress note as it stands now.
 *
 * @param organisationId the organisation
 * @param noteId the host's note id
 * @param clientId the host's client id
 * @param clinicianId the note's author
 * @param state the current state
 * @param version the optimistic version; 0 for a note that was never submitted. Pass it back
 *     as the expected version of the next action.
 * @param submittedAt when it was last submitted, or {@code null} before the first submission
 * @param dueDate the day by which a co-sign is due (inclusive), or {@code null} before the
 *     first submission and when the note's co-sign selection (review sampling) asks for no
 *     co-sign: such a note is in no queue and never overdue, though it may be co-signed
 * @param snapshotHash the SHA-256 (hex) of the last submitted snapshot, or {@code null}
 * @param flagRuleIds the rule ids of the flags raised on the last submitted section; empty
 *     when unflagged
 * @param coSign the co-signature once CO_SIGNED, otherwise {@code null}
 * @param documented {@code false} only for a note submitted without its self-disclosure
 *     section before submission required one: it cannot be co-signed until the clinician
 *     documents it and submits it again; {@code true} otherwise
 */
public record Review(String organisationId, String noteId, String clientId, String clinicianId,
        ReviewState state, long version, Instant submittedAt, LocalDate dueDate,
        String snapshotHash, List<String> flagRuleIds, CoSign coSign, boolean documented) {

    /** Checks the required fields and copies the rule ids. */
    public Review {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(noteId, "noteId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clinicianId, "clinicianId");
        Objects.requireNonNull(state, "state");
        flagRuleIds = List.copyOf(flagRuleIds);
    }

    /**
     * A review of a documented note.
     *
     * @param organisationId the organisation
     * @param noteId the host's note id
     * @param clientId the host's client id
     * @param clinicianId the note's author
     * @param state the current state
     * @param version the optimistic version
     * @param submittedAt when it was last submitted, or {@code null}
     * @param dueDate the co-sign due date, or {@code null}
     * @param snapshotHash the hash of the last submitted snapshot, or {@code null}
     * @param flagRuleIds the rule ids of the flags raised
     * @param coSign the co-signature, or {@code null}
     */
    public Review(String organisationId, String noteId, String clientId, String clinicianId, ReviewState state,
            long version, Instant submittedAt, LocalDate dueDate, String snapshotHash, List<String> flagRuleIds,
            CoSign coSign) {
        this(organisationId, noteId, clientId, clinicianId, state, version, submittedAt, dueDate, snapshotHash,
                flagRuleIds, coSign, true);
    }

    /**
     * Tells whether the submitted section carries any flag.
     *
     * @return {@code true} when at least one flag was raised
     */
    public boolean flagged() {
        return !flagRuleIds.isEmpty();
    }

    /**
     * The co-signature.
     *
     * @return the co-signature, or empty when not co-signed
     */
    public Optional<CoSign> coSignature() {
        return Optional.ofNullable(coSign);
    }

    /**
     * Tells whether the co-sign is overdue on a day.
     *
     * @param today the day in the practice's time zone
     * @return {@code true} when a supervisor is expected to act and the due date has passed
     */
    public boolean overdueOn(LocalDate today) {
        return state.awaitingSupervisor() && dueDate != null && today.isAfter(dueDate);
    }
}
