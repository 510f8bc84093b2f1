package org.casenotes.supervision.host.clinic;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.error.StorageUnavailableException;

/** The host's own clients and progress notes, always within one organisation. */
public final class ClinicRecords {

    /** A client as lists show it. */
    public record ClientName(String clientId, String name) {
    }

    private final DataSource dataSource;
    private final ClinicNotes notes;
    private final ClinicPeople people;

    /**
     * Creates the store.
     *
     * @param dataSource the host's database
     */
    public ClinicRecords(DataSource dataSource) {
        this.dataSource = dataSource;
        this.notes = new ClinicNotes(dataSource);
        this.people = new ClinicPeople(dataSource);
    }

    /**
     * The clients of an organisation, by name.
     *
     * @param organisationId the organisation
     * @return the clients
     */
    public List<ClientName> clients(String organisationId) {
        List<ClientName> clients = new ArrayList<>();
        query("SELECT client_id, given_name, family_name FROM clinic_client WHERE org_id = ? ORDER BY family_name, given_name",
                organisationId, rs -> clients.add(new ClientName(rs.getString(1), rs.getString(2) + " " + rs.getString(3))));
        return clients;
    }

    /**
     * A client's display name.
     *
     * @param organisationId the organisation
     * @param clientId the client
     * @return the name, or empty
     */
    public Optional<String> clientName(String organisationId, String clientId) {
        return notes.client(organisationId, clientId).map(c -> c.givenName() + " " + c.familyName());
    }

    /**
     * A user's display name, for showing people by name beside their ids.
     *
     * @param organisationId the organisation
     * @param userId the user
     * @return the display name, or the id when the user is unknown
     */
    public String displayName(String organisationId, String userId) {
        return people.displayName(organisationId, userId);
    }

    /**
     * The practice's people.
     *
     * @return the people directory
     */
    public ClinicPeople people() {
        return people;
    }

    /**
     * A clinician's notes, newest first.
     *
     * @param organisationId the organisation
     * @param clinicianId the clinician
     * @return the notes
     */
    public List<ProgressNote> notesOf(String organisationId, String clinicianId) {
        List<ProgressNote> found = new ArrayList<>();
        String sql = "SELECT note_id, client_id, session_date, service, note_text FROM clinic_note"
                + " WHERE org_id = ? AND clinician_id = ? ORDER BY session_date DESC, note_id";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, organisationId);
            ps.setString(2, clinicianId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new ProgressNote(organisationId, rs.getString(1), rs.getString(2), clinicianId,
                            rs.getDate(3).toLocalDate(), rs.getString(4), rs.getString(5)));
                }
            }
        } catch (SQLException e) {
            throw new StorageUnavailableException("the host's notes could not be read", e);
        }
        return found;
    }

    /**
     * A note by id.
     *
     * @param organisationId the organisation
     * @param noteId the note
     * @return the note, or empty
     */
    public Optional<ProgressNote> note(String organisationId, String noteId) {
        return notes.note(organisationId, noteId);
    }

    /**
     * Writes a new note.
     *
     * @param organisationId the organisation
     * @param clinicianId the author
     * @param clientId the client
     * @param sessionDate the session date
     * @param service the service
     * @param text the note text
     * @return the new note
     */
    public ProgressNote create(String organisationId, String clinicianId, String clientId, LocalDate sessionDate,
            String service, String text) {
        String noteId = "note-" + UUID.randomUUID();
        String sql = "INSERT INTO clinic_note (org_id, note_id, client_id, clinician_id, session_date, service, note_text)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, organisationId);
            ps.setString(2, noteId);
            ps.setString(3, clientId);
            ps.setString(4, clinicianId);
            ps.setDate(5, Date.valueOf(sessionDate));
            ps.setString(6, service);
            ps.setString(7, text);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StorageUnavailableException("the note could not be stored", e);
        }
        return new ProgressNote(organisationId, noteId, clientId, clinicianId, sessionDate, service, text);
    }

    private interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, String organisationId, Row row) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, organisationId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new StorageUnavailableException("the host's records could not be read", e);
        }
    }
}
