package org.casenotes.supervision.core.meeting;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.casenotes.supervision.core.storage.Tx;

/**
 * Where the agenda proposal finds the notes worth discussing: the review workflow answers from
 * its own tables (flagged notes, notes the clinician asked to discuss, overdue co-signs).
 */
@FunctionalInterface
public interface AgendaSources {

    /**
     * The notes of one supervisee with a session date in a period that should be discussed.
     *
     * @param tx the caller's transaction
     * @param organisationId the organisation
     * @param superviseeId the clinician whose notes are wanted
     * @param fromExclusive the day after which session dates count (the last meeting's day)
     * @param toInclusive the last session date that counts (the meeting's day)
     * @return the candidates, one per note and reason, in any order
     * @throws SQLException on a database fault
     */
    List<AgendaCandidate> candidates(Tx tx, String organisationId, String superviseeId,
            LocalDate fromExclusive, LocalDate toInclusive) throws SQLException;
}
