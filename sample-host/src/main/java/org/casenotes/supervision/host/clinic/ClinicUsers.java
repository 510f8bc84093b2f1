package org.casenotes.supervision.host.clinic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.casenotes.supervision.api.error.StorageUnavailableException;

/** The host's staff accounts: look-up and password check. */
public final class ClinicUsers {

    private final DataSource dataSource;

    /**
     * Creates the account store.
     *
     * @param dataSource the host's database
     */
    public ClinicUsers(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Checks a user's password.
     *
     * @param userId the user id typed at sign-in
     * @param password the password typed
     * @return the user when the password matches, otherwise empty (unknown users too)
     */
    public Optional<ClinicUser> authenticate(String userId, char[] password) {
        String sql = "SELECT org_id, display_name, credentials, roles, password_hash FROM clinic_user WHERE user_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    // Spend the same time as a real check, so timing does not reveal which ids exist.
                    Passwords.matches(password, DUMMY_HASH);
                    return Optional.empty();
                }
                if (!Passwords.matches(password, rs.getString(5))) {
                    return Optional.empty();
                }
                return Optional.of(new ClinicUser(rs.getString(1), userId, rs.getString(2), rs.getString(3),
                        ClinicDirectory.roles(rs.getString(4))));
            }
        } catch (SQLException e) {
            throw new StorageUnavailableException("the host's accounts could not be read", e);
        }
    }

    /**
     * Tells whether an account exists, so that failed sign-ins for ids nobody has do not count
     * against the address they came from.
     *
     * @param userId the user id typed at sign-in
     * @return {@code true} when an account has this id
     */
    public boolean exists(String userId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT 1 FROM clinic_user WHERE user_id = ?")) {
            ps.setString(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StorageUnavailableException("the host's accounts could not be read", e);
        }
    }

    /**
     * Finds an account by id, for the audit trail of failed sign-ins.
     *
     * @param userId the user id typed
     * @return the account, or empty when there is none
     */
    public Optional<ClinicUser> find(String userId) {
        String sql = "SELECT org_id, display_name, credentials, roles FROM clinic_user WHERE user_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, userId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new ClinicUser(rs.getString(1), userId, rs.getString(2),
                        rs.getString(3), ClinicDirectory.roles(rs.getString(4)))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageUnavailableException("the host's accounts could not be read", e);
        }
    }

    private static final String DUMMY_HASH = Passwords.hash("not-a-real-password".toCharArray());
}
