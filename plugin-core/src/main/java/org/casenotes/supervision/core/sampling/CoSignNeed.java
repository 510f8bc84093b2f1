package org.casenotes.supervision.core.sampling;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.casenotes.supervision.api.review.CoSignSelection;
import org.casenotes.supervision.core.storage.Tx;

/**
 * The one answer to "does this note wait for a co-sign?": the selection stored for it at its
 * first submission ({@code sr_cosign_selection.required}, decided by {@link CoSignSampler}).
 * Submission writes the review's co-sign due date from it ({@link #dueDate}), and the queue, the
 * overdue check and its events, the meeting agenda's overdue items, the packet summary's overdue
 * count and the FHIR task all key on that due date (a note without one is in none of them);
 * billing readiness and the billable event ask {@link #required}. None of them applies the
 * sampling rule again. A note with no stored selection (submitted before
 * selections were kept) waits for a co-sign, as it did then. A note that does not wait may still
 * be co-signed voluntarily. Stateless and thread-safe.
 */
public final class CoSignNeed {

    private CoSignNeed() {
    }

    /**
     * Tells whether a stored selection asks for a co-sign.
     *
     * @param selection the note's stored selection, or empty when it has none
     * @return {@code false} only when a selection is stored and says not required
     */
    public static boolean required(Optional<CoSignSelection> selection) {
        return selection.map(CoSignSelection::required).orElse(true);
    }

    /**
     * Reads a note's stored answer.
     *
     * @param tx the caller's transaction
     * @param org the organisation
     * @param noteId the note
     * @return whether the note waits for a co-sign
     * @throws SQLException on a database fault
     */
    public static boolean required(Tx tx, String org, String noteId) throws SQLException {
        return required(SelectionStore.of(tx, org, noteId));
    }

    /**
     * Whether a submitted note waits for a co-sign, from its review's co-sign due date alone:
     * each submission writes a due date exactly when the stored selection asks for a co-sign
     * ({@link #dueDate}), and migration V19_1 cleared the due dates of notes submitted earlier
     * whose selection does not. No read: what a co-sign uses, as the review row is in hand.
     *
     * @param dueDate the review's co-sign due date, or {@code null} when it has none
     * @return whether the note waits for a co-sign
     */
    public static boolean required(LocalDate dueDate) {
        return dueDate != null;
    }

    /**
     * The co-sign due date of a submission: {@code dueDays} after the day submitted when the
     * selection asks for a co-sign, none otherwise (so the note never counts as overdue).
     *
     * @param selection the note's stored selection
     * @param submittedOn the practice's day of the submission
     * @param dueDays the policy's days to co-sign
     * @return the due date, or empty when no co-sign is required
     */
    public static Optional<LocalDate> dueDate(CoSignSelection selection, LocalDate submittedOn, int dueDays) {
        return selection.required() ? Optional.of(submittedOn.plusDays(dueDays)) : Optional.empty();
    }
}
