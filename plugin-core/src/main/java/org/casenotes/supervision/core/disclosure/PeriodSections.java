package org.casenotes.supervision.core.disclosure;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.core.storage.Tx;

/**
 * Reads stored sections for packets: those of some clinicians with a session date in a
 * period, in keyset pages, or one note's. A caller that keeps only what it needs holds at most
 * one page of raw rows. Stateless and thread-safe.
 */
public final class PeriodSections {

    /** Rows per keyset page. */
    private static final int PAGE = 200;
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
     * note id. The rows are read in keyset pages of {@value #PAGE} (each page starts after the
     * last row of the one before), so at most one page is held however long the period is and
     * whatever the database: H2 would otherwise materialise a whole result set in memory,
     * while PostgreSQL streams only with a fetch size in a transaction. The visitor may run
     * its own queries on the transaction; a page is read completely before it is visited.
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
        PeriodSection last = null;
        while (true) {
            List<PeriodSection> page = page(tx, organisationId, clinicianId, from, to, last);
            for (PeriodSection section : page) {
                visitor.visit(section);
            }
            if (page.size() < PAGE) {
                return;
            }
            last = page.get(page.size() - 1);
        }
    }

    /** The next page of a period: the rows after {@code last} (or from the start when null). */
    private static List<PeriodSection> page(Tx tx, String organisationId, String clinicianId, LocalDate from,
            LocalDate to, PeriodSection last) throws SQLException {
        try (PreparedStatement select = tx.connection().prepareStatement("SELECT " + COLUMNS
                + " FROM sr_disclosure_section WHERE org_id = ? AND clinician_id = ? AND session_date >= ?"
                + " AND session_date <= ?"
                + (last == null ? "" : " AND (session_date > ? OR (session_date = ? AND note_id > ?))")
                + " ORDER BY session_date, note_id FETCH FIRST " + PAGE + " ROWS ONLY")) {
            select.setFetchSize(PAGE);
            select.setString(1, organisationId);
            select.setString(2, clinicianId);
            select.setObject(3, from);
            select.setObject(4, to);
            if (last != null) {
                select.setObject(5, last.sessionDate());
                select.setObject(6, last.sessionDate());
                select.setString(7, last.noteId());
            }
            List<PeriodSection> page = new ArrayList<>(PAGE);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    page.add(read(rows));
                }
            }
            return page;
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
