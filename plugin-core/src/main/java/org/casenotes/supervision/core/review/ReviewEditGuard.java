package org.casenotes.supervision.core.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.core.disclosure.SectionEditGuard;
import org.casenotes.supervision.core.storage.Tx;

/**
 * Keeps a note's self-disclosure section unchanged while a supervisor has it and after
 * co-sign. Once the note has been submitted, the review row is locked for the rest of the
 * save, so a submit that races the save waits for it and snapshots what was saved; before the
 * first submission there is no review row, and the section row lock covers the race instead (a
 * submission locks the stored section it snapshots and refuses a note without one); a draft
 * save, which locks no section, checks again after its audit append.
 */
public final class ReviewEditGuard implements SectionEditGuard {

    // The version is read only to keep the row's primary key the cheapest path on H2: with the
    // state alone, sr_review_due_ix (org_id, state, due_date, note_id) covers the query and H2's
    // planner walks every review of the organisation in it (ReviewStatementPlansH2Test).
    private static final String COLUMNS = "state, version";
    private static final String BY_NOTE = "org_id = ? AND note_id = ?";

    @Override
    public boolean requireEditable(Tx tx, String organisationId, String noteId) throws SQLException {
        String state = tx.readLocked(COLUMNS, "sr_review", "updated_at", BY_NOTE, List.of(organisationId, noteId),
                ReviewEditGuard::state).orElse(null);
        requireEditable(state);
        return state != null;
    }

    /** A plain read: a submission that committed before the save's audit append is visible to it. */
    @Override
    public void requireStillEditable(Tx tx, String organisationId, String noteId) throws SQLException {
        requireEditable(tx.selectOne(COLUMNS, "sr_review WHERE " + BY_NOTE, List.of(organisationId, noteId),
                ReviewEditGuard::state).orElse(null));
    }

    private static String state(ResultSet row) throws SQLException {
        return row.getString(1);
    }

    private static void requireEditable(String state) {
        if (state != null && !ReviewState.valueOf(state).editable()) {
            throw new InvalidStateException("section.locked", "the note is "
                    + state.toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "; its self-disclosure section can no longer change");
        }
    }
}
