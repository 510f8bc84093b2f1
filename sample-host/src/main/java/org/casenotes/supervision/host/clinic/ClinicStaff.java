package org.casenotes.supervision.host.clinic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.casenotes.supervision.api.error.StorageUnavailableException;

/** Staff look-ups for the command line, which acts without a signed-in user. */
public final class ClinicStaff {

    private final DataSource dataSource;

    /**
     * Creates the look-up.
     *
     * @param dataSource the host's database
     */
    public ClinicStaff(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A member of staff by user id, in whichever practice they work.
     *
     * @param userId the user id
     * @return the user, or empty when unknown
     */
    public Optional<ClinicUser> byId(String userId) {
        return first("SELECT org_id, user_id, display_name, credentials, roles FROM clinic_user WHERE user_id = ?", userId);
    }

    /**
     * The practice's first admin by user id, who reads hours on the command line by default.
     *
     * @param organisationId the practice
     * @return the admin, or empty when the practice has none
     */
    public Optional<ClinicUser> firstAdmin(String organisationId) {
        return first("SELECT org_id, user_id, display_name, credentials, roles FROM clinic_user WHERE org_id = ?"
                + " AND roles LIKE '%ADMIN%' ORDER BY user_id", organisationId);
    }

    private Optional<ClinicUser> first(String sql, String arg) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new ClinicUser(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), ClinicDirectory.roles(rs.getString(5)))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageUnavailableException("the host's staff could not be read", e);
        }
    }
}
