package org.casenotes.supervision.host.clinic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.casenotes.supervision.api.error.StorageUnavailableException;

/** The practice's people by display name, and the supervisees a supervisor may choose. Thread-safe. */
public final class ClinicPeople {

    /**
     * One person as a picker lists them.
     *
     * @param userId the user id
     * @param displayName the name shown
     * @param roles the roles, comma-separated codes
     */
    public record Someone(String userId, String displayName, String roles) {
    }

    private final DataSource dataSource;

    ClinicPeople(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A user's display name.
     *
     * @param organisationId the organisation
     * @param userId the user
     * @return the display name, or the id when the user is unknown
     */
    public String displayName(String organisationId, String userId) {
        List<Someone> found = query("SELECT user_id, display_name, roles FROM clinic_user WHERE org_id = ? AND user_id = ?",
                organisationId, userId, null);
        return found.isEmpty() ? userId : found.get(0).displayName();
    }

    /**
     * Everyone of the practice, by name.
     *
     * @param organisationId the organisation
     * @return the people
     */
    public List<Someone> everyone(String organisationId) {
        return query("SELECT user_id, display_name, roles FROM clinic_user WHERE org_id = ?"
                + " ORDER BY display_name, user_id", organisationId, null, null);
    }

    /**
     * The clinicians a supervisor supervises on a day (primary or backup), by name.
     *
     * @param organisationId the organisation
     * @param supervisorId the supervisor
     * @param day the day, in the practice's time zone
     * @return the supervisees
     */
    public List<Someone> superviseesOf(String organisationId, String supervisorId, LocalDate day) {
        return query("SELECT DISTINCT u.user_id, u.display_name, u.roles FROM clinic_assignment a JOIN clinic_user u"
                + " ON u.org_id = a.org_id AND u.user_id = a.clinician_id WHERE a.org_id = ? AND a.supervisor_id = ?"
                + " AND a.valid_from <= ? AND (a.valid_to IS NULL OR a.valid_to >= ?) ORDER BY u.display_name, u.user_id",
                organisationId, supervisorId, day);
    }

    private List<Someone> query(String sql, String organisationId, String id, LocalDate day) {
        List<Someone> found = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, organisationId);
            if (id != null) {
                ps.setString(2, id);
            }
            if (day != null) {
                ps.setObject(3, day);
                ps.setObject(4, day);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Someone(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        } catch (SQLException e) {
            throw new StorageUnavailableException("the practice's people could not be read", e);
        }
        return found;
    }
}
