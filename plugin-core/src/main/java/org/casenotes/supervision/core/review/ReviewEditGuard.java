package org.casenotes.supervision.core.review;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.core.disclosure.SectionEditGuard;
import org.casenotes.supervision.core.storage.Tx;

/**
 * Keeps a note's self-disclosure section unchanged while a supervisor has it and after
 * co-sign. Once the note has been submitted, the review row is locked for the rest of the
 * save, so a submit that races the save waits for it and snapshots what was saved; before the
 * first submission there is no review row, and the section row lock and the re-check after the
 * audit append (see {@code DisclosureService.save}) cover the race instead.
 */
public final class ReviewEditGuard implements SectionEditGuard {

    private static final String SQL = "SELECT state FROM sr_review WHERE org_id = ? AND note_id = ? FOR UPDATE";

    @Override
    public void requireEditable(Tx tx, String organisationId, String noteId) throws SQLException {
        try (PreparedStatement ps = tx.connection().prepareStatement(SQL)) {
            ps.setString(1, organisationId);
            ps.setString(2, noteId);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next() && !ReviewState.valueOf(rs.getString(1)).editable()) {
                    throw new InvalidStateException("section.locked",
                            "the note is " + rs.getString(1).toLowerCase().replace('_', ' ')
                                    + "; its self-disclosure section can no longer change");
                }
            }
        }
    }
}
