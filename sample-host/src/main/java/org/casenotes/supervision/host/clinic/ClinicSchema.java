package org.casenotes.supervision.host.clinic;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Creates the host's own tables if they are missing; the plugin creates its own separately. */
public final class ClinicSchema {

    private ClinicSchema() {
    }

    /**
     * Creates any missing host table.
     *
     * @param dataSource the host's database
     * @throws SQLException when the database refuses
     */
    public static void create(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : script().split(";\\s*\\n")) {
                String trimmed = sql.replaceAll("(?m)^--.*$", "").strip();
                if (!trimmed.isEmpty()) {
                    statement.execute(trimmed);
                }
            }
        }
    }

    private static String script() {
        try (InputStream in = ClinicSchema.class.getResourceAsStream("clinic-schema.sql")) {
            if (in == null) {
                throw new IOException("clinic-schema.sql missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
