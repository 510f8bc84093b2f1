package org.casenotes.supervision.core.sampling;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.policy.CoSignScope;
import org.casenotes.supervision.api.review.CoSignSelection;
import org.casenotes.supervision.api.review.SampleReason;
import org.casenotes.supervision.core.storage.Tx;

/**
 * The co-sign selections as stored ({@code sr_cosign_selection}): one per note, written at its
 * first submission and never changed, so a later policy change does not rewrite the past.
 * Stateless and thread-safe.
 */
public final class SelectionStore {

    private static final String COLUMNS = "note_id, clinician_id, required, reason, scope, sample_percent, draw,"
            + " policy_version, decided_at";

    private SelectionStore() {
    }

    /**
     * Stores a note's selection unless it has one already.
     *
     * @param tx the submission's transaction
     * @param org the organisation
     * @param selection the selection
     * @return the stored selection: the earlier one when the note was submitted before
     * @throws SQLException on a database fault
     */
    public static CoSignSelection keep(Tx tx, String org, CoSignSelection selection) throws SQLException {
        Optional<CoSignSelection> earlier = of(tx, org, selection.noteId());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        return keepFirst(tx, org, selection);
    }

    /**
     * Stores the selection of a note's first submission without looking for an earlier one:
     * a note is given its selection in the transaction of its first submission, and only then,
     * so a note with no submission has none. Of two first submissions at once, the second fails
     * on the primary key, as its review row would.
     *
     * @param tx the first submission's transaction
     * @param org the organisation
     * @param selection the selection
     * @return the selection
     * @throws SQLException on a database fault, a duplicate key included
     */
    public static CoSignSelection keepFirst(Tx tx, String org, CoSignSelection selection) throws SQLException {
        try (PreparedStatement insert = tx.connection().prepareStatement("INSERT INTO sr_cosign_selection (org_id, "
                + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 1;
            insert.setString(i++, org);
            insert.setString(i++, selection.noteId());
            insert.setString(i++, selection.clinicianId());
            insert.setBoolean(i++, selection.required());
            insert.setString(i++, selection.reason().name());
            insert.setString(i++, selection.scope().name());
            insert.setInt(i++, selection.percent());
            insert.setInt(i++, selection.draw());
            insert.setInt(i++, selection.policyVersion());
            insert.setObject(i, selection.decidedAt().atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        return selection;
    }

    /**
     * A note's selection.
     *
     * @param tx the caller's transaction
     * @param org the organisation
     * @param noteId the note
     * @return the selection, or empty when the note was never submitted
     * @throws SQLException on a database fault
     */
    public static Optional<CoSignSelection> of(Tx tx, String org, String noteId) throws SQLException {
        return select(tx, "SELECT " + COLUMNS + " FROM sr_cosign_selection WHERE org_id = ? AND note_id = ?",
                org, noteId, null, null).stream().findFirst();
    }

    /**
     * A clinician's selections decided in a span, oldest first.
     *
     * @param tx the caller's transaction
     * @param org the organisation
     * @param clinicianId the clinician
     * @param from the first instant, included
     * @param to the last instant, excluded
     * @return the selections
     * @throws SQLException on a database fault
     */
    public static List<CoSignSelection> ofClinician(Tx tx, String org, String clinicianId, Instant from, Instant to)
            throws SQLException {
        return select(tx, "SELECT " + COLUMNS + " FROM sr_cosign_selection WHERE org_id = ? AND clinician_id = ?"
                + " AND decided_at >= ? AND decided_at < ? ORDER BY decided_at, note_id", org, clinicianId, from, to);
    }

    /**
     * The selections of some notes, in no particular order.
     *
     * @param tx the caller's transaction
     * @param org the organisation
     * @param noteIds the notes
     * @return the selections found
     * @throws SQLException on a database fault
     */
    public static List<CoSignSelection> ofNotes(Tx tx, String org, java.util.Collection<String> noteIds)
            throws SQLException {
        List<CoSignSelection> out = new ArrayList<>();
        for (String noteId : noteIds) {
            of(tx, org, noteId).ifPresent(out::add);
        }
        return out;
    }

    private static List<CoSignSelection> select(Tx tx, String sql, String org, String id, Instant from, Instant to)
            throws SQLException {
        List<CoSignSelection> out = new ArrayList<>();
        try (PreparedStatement select = tx.connection().prepareStatement(sql)) {
            select.setString(1, org);
            select.setString(2, id);
            if (from != null) {
                select.setObject(3, from.atOffset(ZoneOffset.UTC));
                select.setObject(4, to.atOffset(ZoneOffset.UTC));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    out.add(new CoSignSelection(rs.getString("note_id"), rs.getString("clinician_id"),
                            rs.getBoolean("required"), SampleReason.valueOf(rs.getString("reason")),
                            CoSignScope.valueOf(rs.getString("scope")), rs.getInt("sample_percent"), rs.getInt("draw"),
                            rs.getInt("policy_version"), rs.getObject("decided_at", OffsetDateTime.class).toInstant()));
                }
            }
        }
        return out;
    }
}
