package org.casenotes.supervision.core.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.review.CoSign;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewState;

/**
 * One row of {@code sr_review}; version 0 stands for a note that was never submitted.
 * {@code documented} is false only for a note submitted without its self-disclosure section
 * before submission required one (migration V6): it cannot be co-signed as it stands.
 * {@code historySeq} is the number of the note's last history entry (0 before the first); the
 * next entry is numbered one more, see {@link #withHistoryEntry()}.
 */
record ReviewRow(String organisationId, String noteId, String clientId, String clinicianId,
        ReviewState state, long version, int submissionNo, Instant submittedAt, LocalDate dueDate,
        LocalDate escalationDate, String snapshotHash, List<String> flagRules, String coSignedBy,
        Instant coSignedAt, String attestation, Integer policyVersion, boolean documented, int historySeq) {

    ReviewRow {
        flagRules = List.copyOf(flagRules);
    }

    static ReviewRow draft(ProgressNote note) {
        return new ReviewRow(note.organisationId(), note.noteId(), note.clientId(), note.clinicianId(),
                ReviewState.DRAFT, 0, 0, null, null, null, null, List.of(), null, null, null, null, true, 0);
    }

    boolean stored() {
        return version > 0;
    }

    ReviewRow moved(ReviewState to) {
        return new ReviewRow(organisationId, noteId, clientId, clinicianId, to, version + 1, submissionNo,
                submittedAt, dueDate, escalationDate, snapshotHash, flagRules, coSignedBy, coSignedAt,
                attestation, policyVersion, documented, historySeq);
    }

    /** The same row numbering one more history entry: the one its transition appends. */
    ReviewRow withHistoryEntry() {
        return new ReviewRow(organisationId, noteId, clientId, clinicianId, state, version, submissionNo,
                submittedAt, dueDate, escalationDate, snapshotHash, flagRules, coSignedBy, coSignedAt,
                attestation, policyVersion, documented, historySeq + 1);
    }

    ReviewRow submitted(Instant at, LocalDate due, LocalDate escalation, String hash, List<String> rules,
            int policy) {
        return new ReviewRow(organisationId, noteId, clientId, clinicianId, ReviewState.SUBMITTED, version + 1,
                submissionNo + 1, at, due, escalation, hash, rules, null, null, null, policy, true, historySeq);
    }

    ReviewRow coSigned(String signer, Instant at, String attestationText, int policy) {
        return new ReviewRow(organisationId, noteId, clientId, clinicianId, ReviewState.CO_SIGNED, version + 1,
                submissionNo, submittedAt, dueDate, escalationDate, snapshotHash, flagRules, signer, at,
                attestationText, policy, documented, historySeq);
    }

    Review toReview() {
        CoSign coSign = coSignedBy == null ? null : new CoSign(coSignedBy, coSignedAt, attestation, snapshotHash);
        return new Review(organisationId, noteId, clientId, clinicianId, state, version, submittedAt, dueDate,
                snapshotHash, flagRules, coSign, documented);
    }
}
