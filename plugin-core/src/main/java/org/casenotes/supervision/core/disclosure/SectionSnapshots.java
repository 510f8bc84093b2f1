package org.casenotes.supervision.core.disclosure;

import java.sql.SQLException;
import java.util.Optional;
import org.casenotes.supervision.core.storage.Tx;

/** Reads a note's stored self-disclosure section for the review workflow. */
public interface SectionSnapshots {

    /**
     * The note's section with freshly computed flags, read in the caller's transaction.
     *
     * @param tx the caller's transaction
     * @param organisationId the organisation
     * @param noteId the host's note id
     * @return the snapshot, or empty when the note has no saved section
     * @throws SQLException on a database fault
     */
    Optional<SectionSnapshot> snapshot(Tx tx, String organisationId, String noteId) throws SQLException;
}
