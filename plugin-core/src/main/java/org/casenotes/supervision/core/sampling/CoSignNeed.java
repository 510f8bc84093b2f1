package org.casenotes.supervision.core.sampling;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.casenotes.supervision.api.review.CoSignSelection;
import org.casenotes.supervision.core.storage.Tx;

/**
 * The one answer to "does this note wait for a co-sign?": the selection stored for it at its
 * first submission ({@code sr_cosign_selection.required}, decided by {@link CoSignSampler}).
 * The queue, the due date, the overdue check, the meeting agenda, the packet summary, billing
 * readiness and the events all ask here, in Java or through {@link #requiredSql(String)}, and
 * never apply the sampling rule again. A note with no stored selection (submitted before
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
     * The same answer from the stored {@code required} column read through an outer join.
     *
     * @param storedRequired the column's value, or {@code null} when the note has no selection
     * @return {@code false} only when the column says not required
     */
    public static boolean required(Boolean storedRequired) {
        return storedRequired == null || storedRequired;
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

    /**
     * An SQL condition, true when the review row of the given table alias waits for a co-sign
     * by its stored selection (no selection row, or one with {@code required} true). Uses the
     * selection's primary key, one probe per row.
     *
     * @param reviewAlias the alias (or table name) of an {@code sr_review} row in the query
     * @return the condition, to be joined with {@code AND}
     */
    public static String requiredSql(String reviewAlias) {
        return "NOT EXISTS (SELECT 1 FROM sr_cosign_selection cs WHERE cs.org_id = " + reviewAlias + ".org_id"
                + " AND cs.note_id = " + reviewAlias + ".note_id AND cs.required = FALSE)";
    }
}
