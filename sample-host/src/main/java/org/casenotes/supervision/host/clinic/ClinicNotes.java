package org.casenotes.supervision.host.clinic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.casenotes.supervision.api.ClientIdentity;
import org.casenotes.supervision.api.NoteLookup;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.error.StorageUnavailableException;

/** The plugin's note look-up, answered from the host's clients and progress notes. */
final class ClinicNotes implements NoteLookup {

    private final DataSource dataSource;

    ClinicNotes(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<ProgressNote> note(String organisationId, String noteId) {
        String sql = "SELECT client_id, clinician_id, session_date, service, note_text FROM clinic_note"
                + " WHERE org_id = ? AND note_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, organisationId);
            ps.setString(2, noteId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new ProgressNote(organisationId, noteId, rs.getString(1), rs.getString(2),
                                rs.getObject(3, java.time.LocalDate.class), rs.getString(4), rs.getString(5)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageUnavailableException("the host's progress note could not be read", e);
        }
    }

    @Override
    public Optional<ClientIdentity> client(String organisationId, String clientId) {
        String sql = "SELECT given_name, family_name, date_of_birth FROM clinic_client WHERE org_id = ? AND client_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, organisationId);
            ps.setString(2, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                java.time.LocalDate born = rs.getObject(3, java.time.LocalDate.class);
                return Optional.of(new ClientIdentity(organisationId, clientId, rs.getString(1), rs.getString(2),
                        born));
            }
        } catch (SQLException e) {
            throw new StorageUnavailableException("the host's client record could not be read", e);
        }
    }
}
