package org.casenotes.supervision.core.disclosure;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import org.casenotes.supervision.core.storage.Tx;

/**
 * Reads stored sections for packets: those of some clinicians with a session date in a
 * period, or one note's. Each row is handed on as it is read, so a caller that keeps only
 * what it needs never holds the raw rows. Stateless and thread-safe.
 */
public final class PeriodSections {

    private static final int FETCH_SIZE = 200;
    private static final String COLUMNS = "note_id, client_id, clinician_id, session_date, section_json, flags_json";

    private PeriodSections() {
    }

    /** Receives one section at a time. */
    @FunctionalInterface
    public interface Visitor {

        /**
         * Takes one section.
         *
         * @param section the section
         * @throws SQLException when the caller's own reads fail
         */
        void visit(PeriodSection section) throws SQLException;
    }

    /**
     * Visits a clinician's sections with a session date in a period, by session date and
     * note id.
     *
     * @param tx the caller's transaction
     * @param organisationId the organisation
     * @param clinicianId the clinician
     * @param from the first day, inclusive
     * @param to the last day, inclusive
     * @param visitor receives each section
     * @throws SQLException on a database fault
     */
    public static void inPeriod(Tx tx, String organisationId, String clinicianId, LocalDate from, LocalDate to,
            Visitor visitor) throws SQLException {
        try (PreparedStatement select = tx.connection().prepareStatement("SELECT " + COLUMNS
                + " FROM sr_disclosure_section WHERE org_id = ? AND clinician_id = ? AND session_date >= ?"
                + " AND session_date <= ? ORDER BY session_date, note_id")) {
            // Inside a transaction this lets PostgreSQL's driver stream the rows instead of
            // loading the whole period first.
            select.setFetchSize(FETCH_SIZE);
            select.setString(1, organisationId);
            select.setString(2, clinicianId);
            select.setObject(3, from);
            select.setObject(4, to);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    visitor.visit(read(rows));
                }
            }
        }
    }

    /**
     * One note's section.
     *
     * @param tx the caller's transaction
     * @param organisationId the organisation
     * @param noteId the note
     * @return the section, or empty when the note has none in the organisation
     * @throws SQLException on a database fault
     */
    public static Optional<PeriodSection> of(Tx tx, String organisationId, String noteId) throws SQLException {
        try (PreparedStatement select = tx.connection().prepareStatement("SELECT " + COLUMNS
                + " FROM sr_disclosure_section WHERE org_id = ? AND note_id = ?")) {
            select.setString(1, organisationId);
            select.setString(2, noteId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        }
    }

    private static PeriodSection read(ResultSet row) throws SQLException {
        return new PeriodSection(row.getString(1), row.getString(2), row.getString(3),
                row.getObject(4, LocalDate.class), SectionReaders.stored(row.getString(5)),
                FlagsJson.read(row.getString(6)));
    }
}
