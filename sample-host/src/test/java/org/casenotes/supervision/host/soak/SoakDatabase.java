package org.casenotes.supervision.host.soak;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh PostgreSQL database on 127.0.0.1:5432 (user postgres) for one soak run. Skipped
 * when PostgreSQL is not there, unless {@code SR_REQUIRE_POSTGRES=1}, then it fails.
 */
final class SoakDatabase {

    private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    private SoakDatabase() {
    }

    /** Creates the database and returns its JDBC URL. */
    static String create(String prefix) throws SQLException {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return SERVER + name + "?user=postgres";
    }

    /** Opens a connection to a database made by {@link #create}. */
    static Connection open(String url) throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** Drops a database made by {@link #create} once a run passed; a failed run keeps it. */
    static void drop(String url) throws SQLException {
        String name = url.substring(SERVER.length(), url.indexOf('?'));
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static Connection admin() throws SQLException {
        try {
            return DriverManager.getConnection(SERVER + "postgres?user=postgres&connectTimeout=3");
        } catch (SQLException e) {
            boolean required = "1".equals(System.getenv("SR_REQUIRE_POSTGRES"));
            if (required) {
                throw e;
            }
            Assumptions.abort("PostgreSQL is not reachable on 127.0.0.1:5432: " + e.getMessage());
            throw e;
        }
    }
}
