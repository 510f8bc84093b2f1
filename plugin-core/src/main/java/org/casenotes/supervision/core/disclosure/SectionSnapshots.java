package org.casenotes.supervision.core.disclosure;

import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.error.FieldProblem;
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

    /**
     * Locks the note's stored section against saves until the caller's transaction ends, so
     * that a snapshot taken next is the section as it stays. A save running at the same time
     * either commits first (and is snapshotted) or waits and then finds the note submitted.
     *
     * @param tx the caller's transaction
     * @param organisationId the organisation
     * @param noteId the host's note id
     * @return {@code true} when a stored section exists and is now locked, so neither a save
     *     nor a draft of it can commit before the caller's transaction ends; {@code false} when
     *     there was nothing to lock
     * @throws SQLException on a database fault
     */
    default boolean lock(Tx tx, String organisationId, String noteId) throws SQLException {
        return false; // sections kept outside the plugin's tables have nothing to lock
    }

    /**
     * {@link #lock} and then {@link #snapshot} in one: the section as it stays until the
     * caller's transaction ends. Implementations that keep sections in rows read the locked row
     * once instead of twice.
     *
     * @param tx the caller's transaction
     * @param organisationId the organisation
     * @param noteId the host's note id
     * @return whether the stored section is now locked, and its snapshot (empty when none)
     * @throws SQLException on a database fault
     */
    default Locked lockAndSnapshot(Tx tx, String organisationId, String noteId) throws SQLException {
        boolean locked = lock(tx, organisationId, noteId);
        return new Locked(locked, snapshot(tx, organisationId, noteId));
    }

    /**
     * A section locked for a submission.
     *
     * @param locked whether a stored section exists and is now locked (see {@link #lock})
     * @param snapshot the section with fresh flags, or empty when the note has none
     */
    record Locked(boolean locked, Optional<SectionSnapshot> snapshot) {
    }

    /**
     * The problems of the note's unfinished draft, read in the caller's transaction. A note
     * with a draft is not submitted: the draft is what the clinician is still writing.
     *
     * @param tx the caller's transaction
     * @param organisationId the organisation
     * @param noteId the host's note id
     * @return the draft's problems (empty list for a complete draft not yet saved as the
     *     section), or empty when the note has no draft
     * @throws SQLException on a database fault
     */
    default Optional<List<FieldProblem>> draftProblems(Tx tx, String organisationId, String noteId)
            throws SQLException {
        return Optional.empty();
    }
}
