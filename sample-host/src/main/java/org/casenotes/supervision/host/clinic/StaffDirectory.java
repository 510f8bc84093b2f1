package org.casenotes.supervision.host.clinic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.error.StorageUnavailableException;

/**
 * The practice's staff as the UI shows them: display names for ids, and the supervisees a
 * supervisor may pick (assignments that hold on a given day, primary or backup). Staff names
 * are not client data. Thread-safe.
 */
public final class StaffDirectory {

    /**
     * One member of staff.
     *
     * @param userId the id
     * @param displayName the name people know them by
     * @param credentials their credentials, may be empty
     * @param roles their roles
     */
    public record Colleague(String userId, String displayName, String credentials, Set<Role> roles) {
    }

    private final DataSource dataSource;
    private final ClinicDirectory directory;

    /**
     * Reads the host's staff tables.
     *
     * @param dataSource the host's database
     */
    public StaffDirectory(DataSource dataSource) {
        this.dataSource = dataSource;
        this.directory = new ClinicDirectory(dataSource);
    }

    /**
     * The staff of one practice, by display name.
     *
     * @param organisationId the practice
     * @return its staff; never another practice's
     */
    public List<Colleague> staff(String organisationId) {
        String sql = "SELECT user_id, display_name, credentials, roles FROM clinic_user WHERE org_id = ? ORDER BY display_name, user_id";
        List<Colleague> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, organisationId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Colleague(rs.getString(1), rs.getString(2), rs.getString(3) == null ? "" : rs.getString(3),
                            ClinicDirectory.roles(rs.getString(4))));
                }
            }
        } catch (SQLException e) {
            throw new StorageUnavailableException("the host's staff could not be read", e);
        }
        return out;
    }

    /**
     * The clinicians a supervisor supervises on a day, as primary or backup.
     *
     * @param organisationId the practice
     * @param supervisorId the supervisor
     * @param day the day
     * @return their user ids
     */
    public Set<String> superviseesOf(String organisationId, String supervisorId, LocalDate day) {
        Set<String> out = new TreeSet<>();
        for (SupervisionAssignment a : directory.assignmentsBy(organisationId, supervisorId)) {
            if (a.holdsOn(day)) {
                out.add(a.clinicianId());
            }
        }
        return out;
    }
}
