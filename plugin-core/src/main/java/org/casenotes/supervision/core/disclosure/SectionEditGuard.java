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
    SectionEditGuard NONE = (tx, organisationId, noteId) -> { };

    /**
     * Refuses the edit when the note's review state does not allow it.
     *
     * @param tx the save's transaction
     * @param organisationId the organisation
     * @param noteId the note
     * @throws org.casenotes.supervision.api.error.InvalidStateException when the note is
     *     submitted, in review or co-signed
     * @throws SQLException on a database fault
     */
    void requireEditable(Tx tx, String organisationId, String noteId) throws SQLException;
}
