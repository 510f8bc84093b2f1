package org.casenotes.supervision.core.disclosure;

import java.sql.SQLException;
import org.casenotes.supervision.core.storage.Tx;

/**
 * Decides, inside a save's transaction, whether a note's section may still change: once the
 * note is submitted for review or co-signed it may not, so what a supervisor signs is what was
 * submitted.
 */
@FunctionalInterface
public interface SectionEditGuard {

    /** Allows every edit; for tests of the section alone. */
    SectionEditGuard NONE = (tx, organisationId, noteId) -> false;

    /**
     * Refuses the edit when the note's review state does not allow it.
     *
     * @param tx the save's transaction
     * @param organisationId the organisation
     * @param noteId the note
     * @throws org.casenotes.supervision.api.error.InvalidStateException when the note is
     *     submitted, in review or co-signed
     * @return {@code true} when the note's review row exists and is now locked until the
     *     transaction ends (no submission can commit meanwhile); {@code false} when the note has
     *     no review yet
     * @throws SQLException on a database fault
     */
    boolean requireEditable(Tx tx, String organisationId, String noteId) throws SQLException;

    /**
     * Checks again, later in the same transaction, where the first check found no review: a
     * draft save asks this after its audit append, when every submission that committed
     * meanwhile is visible. (A section save does not need it: a submission locks the stored
     * section it snapshots and refuses a note that has none.) It must lock nothing: the audit head the save now holds is the last lock a
     * transaction may take, or a transition holding the review row and waiting for that head
     * would deadlock with it.
     *
     * @param tx the save's transaction
     * @param organisationId the organisation
     * @param noteId the note
     * @throws org.casenotes.supervision.api.error.InvalidStateException when the note is
     *     submitted, in review or co-signed
     * @throws SQLException on a database fault
     */
    default void requireStillEditable(Tx tx, String organisationId, String noteId) throws SQLException {
        requireEditable(tx, organisationId, noteId);
    }
}
