package org.casenotes.supervision.host.clinic;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;
import javax.sql.DataSource;
import org.casenotes.supervision.api.licensure.LicensureRecords;

/**
 * The host's licensure records: each supervisee's board rule pack ({@code clinic_licensure})
 * and the direct client hours they recorded per day ({@code clinic_direct_hours}). A supervisee
 * with no recorded day at all has unknown client hours, not zero.
 */
final class ClinicLicensure implements LicensureRecords {

    private final DataSource dataSource;

    ClinicLicensure(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<String> rulePackOf(String organisationId, String superviseeId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT rule_pack FROM clinic_licensure WHERE org_id = ? AND user_id = ?")) {
            ps.setString(1, organisationId);
            ps.setString(2, superviseeId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the licensure records could not be read", e);
        }
    }

    @Override
    public Optional<BigDecimal> directClientHours(String organisationId, String superviseeId, LocalDate first,
            LocalDate last) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT (SELECT COUNT(*) FROM clinic_direct_hours WHERE org_id = ? AND user_id = ?) AS recorded,"
                + " (SELECT SUM(hours) FROM clinic_direct_hours WHERE org_id = ? AND user_id = ?"
                + " AND work_date >= ? AND work_date <= ?) AS total")) {
            ps.setString(1, organisationId);
            ps.setString(2, superviseeId);
            ps.setString(3, organisationId);
            ps.setString(4, superviseeId);
            ps.setObject(5, first);
            ps.setObject(6, last);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong("recorded") == 0) {
                    return Optional.empty();
                }
                BigDecimal total = rs.getBigDecimal("total");
                return Optional.of(total == null ? BigDecimal.ZERO : total);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the direct client hours could not be read", e);
        }
    }
}
