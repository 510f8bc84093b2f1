package org.casenotes.supervision.host.clinic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.casenotes.supervision.api.Person;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.SupervisionDirectory;
import org.casenotes.supervision.api.error.StorageUnavailableException;
import org.casenotes.supervision.api.signature.ProfessionalLicence;

/** The plugin's supervision directory, answered from the host's staff and assignment tables. */
final class ClinicDirectory implements SupervisionDirectory {

    private final DataSource dataSource;

    ClinicDirectory(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Person> person(String organisationId, String userId) {
        String sql = "SELECT display_name, credentials, roles FROM clinic_user WHERE org_id = ? AND user_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, organisationId);
            ps.setString(2, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Person(organisationId, userId, rs.getString(1), rs.getString(2), roles(rs.getString(3))))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageUnavailableException("the host directory could not be read", e);
        }
    }

    @Override
    public Optional<ProfessionalLicence> licence(String organisationId, String userId) {
        String sql = "SELECT licence_type, licence_number, jurisdiction FROM clinic_licence WHERE org_id = ? AND user_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, organisationId);
            ps.setString(2, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new ProfessionalLicence(rs.getString(1), rs.getString(2), rs.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageUnavailableException("the host directory could not be read", e);
        }
    }

    @Override
    public List<SupervisionAssignment> assignmentsOf(String organisationId, String clinicianId) {
        return assignments("clinician_id", organisationId, clinicianId);
    }

    @Override
    public List<SupervisionAssignment> assignmentsBy(String organisationId, String supervisorId) {
        return assignments("supervisor_id", organisationId, supervisorId);
    }

    private List<SupervisionAssignment> assignments(String column, String organisationId, String id) {
        String sql = "SELECT supervisor_id, clinician_id, kind, valid_from, valid_to FROM clinic_assignment"
                + " WHERE org_id = ? AND " + column + " = ? ORDER BY kind, supervisor_id, clinician_id";
        List<SupervisionAssignment> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, organisationId);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    java.time.LocalDate to = rs.getObject(5, java.time.LocalDate.class);
                    found.add(new SupervisionAssignment(organisationId, rs.getString(1), rs.getString(2),
                            SupervisionAssignment.Kind.valueOf(rs.getString(3)), rs.getObject(4, java.time.LocalDate.class),
                            to));
                }
            }
        } catch (SQLException e) {
            throw new StorageUnavailableException("the host's supervision assignments could not be read", e);
        }
        return found;
    }

    static Set<Role> roles(String csv) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
