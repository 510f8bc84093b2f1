package org.casenotes.supervision.core.disclosure;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.core.storage.Tx;

/** JDBC access to {@code sr_disclosure_section}; every statement filters by organisation. Thread-safe. */
final class SectionStore {

    private static final String COLUMNS = "note_id, client_id, clinician_id, session_date, version,"
            + " section_json, flags_json, policy_version";
    private static final String BY_NOTE = "org_id = ? AND note_id = ?";

    Optional<StoredSection> find(Tx tx, String org, String noteId) throws SQLException {
        return tx.selectOne(COLUMNS, "sr_disclosure_section WHERE " + BY_NOTE, List.of(org, noteId), SectionStore::row);
    }

    /**
     * Reads the note's section row, if there is one, and locks it until the transaction ends.
     */
    Optional<StoredSection> findLocked(Tx tx, String org, String noteId) throws SQLException {
        return tx.readLocked(COLUMNS, "sr_disclosure_section", "updated_by", BY_NOTE, List.of(org, noteId),
                SectionStore::row);
    }

    private static StoredSection row(ResultSet row) throws SQLException {
        return new StoredSection(row.getString(1), row.getString(2), row.getString(3),
                row.getObject(4, LocalDate.class), row.getLong(5), row.getString(6), row.getString(7),
                row.getInt(8));
    }

    void insert(Tx tx, String org, StoredSection section, boolean hasEntries, Instant at, String by)
            throws SQLException {
        try (PreparedStatement insert = tx.connection().prepareStatement(
                "INSERT INTO sr_disclosure_section (org_id, note_id, client_id, clinician_id, session_date, version,"
                        + " has_entries, section_json, flags_json, policy_version, created_at, updated_at, updated_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            OffsetDateTime time = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
            insert.setString(1, org);
            insert.setString(2, section.noteId());
            insert.setString(3, section.clientId());
            insert.setString(4, section.clinicianId());
            insert.setObject(5, section.sessionDate());
            insert.setLong(6, section.version());
            insert.setBoolean(7, hasEntries);
            insert.setString(8, section.sectionJson());
            insert.setString(9, section.flagsJson());
            insert.setInt(10, section.policyVersion());
            insert.setObject(11, time);
            insert.setObject(12, time);
            insert.setString(13, by);
            insert.executeUpdate();
        }
    }

    /** Updates the row if it is still at the expected version; false when someone else saved first. */
    boolean update(Tx tx, String org, StoredSection section, long expectedVersion, boolean hasEntries,
            Instant at, String by) throws SQLException {
        try (PreparedStatement update = tx.connection().prepareStatement(
                "UPDATE sr_disclosure_section SET client_id = ?, session_date = ?, version = ?, has_entries = ?,"
                        + " section_json = ?, flags_json = ?, policy_version = ?, updated_at = ?, updated_by = ?"
                        + " WHERE org_id = ? AND note_id = ? AND version = ?")) {
            update.setString(1, section.clientId());
            update.setObject(2, section.sessionDate());
            update.setLong(3, section.version());
            update.setBoolean(4, hasEntries);
            update.setString(5, section.sectionJson());
            update.setString(6, section.flagsJson());
            update.setInt(7, section.policyVersion());
            update.setObject(8, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            update.setString(9, by);
            update.setString(10, org);
            update.setString(11, section.noteId());
            update.setLong(12, expectedVersion);
            return update.executeUpdate() == 1;
        }
    }

    /**
     * How many of this clinician's most recent other sessions with the client, up to the given
     * day, have disclosures. The pattern rule is about one clinician with one client: another
     * clinician's sessions with the same client never count, and neither does the note itself
     * (a re-save or a snapshot of it must not count it twice).
     *
     * @param limit how many sessions to look at
     */
    int disclosingSessionsBefore(Tx tx, String org, String clientId, String clinicianId, String noteId,
            LocalDate upTo, int limit) throws SQLException {
        if (limit < 1) {
            return 0;
        }
        try (PreparedStatement select = tx.connection().prepareStatement(
                "SELECT has_entries FROM sr_disclosure_section WHERE org_id = ? AND client_id = ? AND clinician_id = ?"
                        + " AND note_id <> ? AND session_date <= ?"
                        + " ORDER BY session_date DESC, note_id DESC FETCH FIRST ? ROWS ONLY")) {
            select.setString(1, org);
            select.setString(2, clientId);
            select.setString(3, clinicianId);
            select.setString(4, noteId);
            select.setObject(5, upTo);
            select.setInt(6, limit);
            int count = 0;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    if (rows.getBoolean(1)) {
                        count++;
                    }
                }
            }
            return count;
        }
    }
}
