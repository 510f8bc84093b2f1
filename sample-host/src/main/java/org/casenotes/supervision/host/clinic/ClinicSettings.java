package org.casenotes.supervision.host.clinic;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.casenotes.supervision.api.error.StorageUnavailableException;

/** Small named settings the host keeps for itself, such as whether the demo is seeded. */
public final class ClinicSettings {

    private final DataSource dataSource;

    /**
     * Creates the store.
     *
     * @param dataSource the host's database
     */
    public ClinicSettings(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Reads a setting.
     *
     * @param name the setting
     * @return its value, or empty
     */
    public Optional<String> get(String name) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT setting_value FROM clinic_setting WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StorageUnavailableException("the host's settings could not be read", e);
        }
    }

    /**
     * Writes a setting once; an existing value is kept.
     *
     * @param name the setting
     * @param value its value
     */
    public void putIfAbsent(String name, String value) {
        if (get(name).isPresent()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO clinic_setting (name, setting_value) VALUES (?, ?)")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new StorageUnavailableException("the host's settings could not be written", e);
        }
    }
}
