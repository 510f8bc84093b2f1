package org.casenotes.supervision.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.casenotes.supervision.host.testing.ApiClient;
import org.casenotes.supervision.host.testing.ApiClient.Answer;
import org.casenotes.supervision.host.testing.PluginZips;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The host on its own PostgreSQL database, which then stops taking connections: requests are
 * answered 503 problems with nothing half-stored, and service resumes when the database is back.
 */
@Tag("postgres")
class DatabaseOutageIT {

    static final String ADMIN_URL = System.getenv().getOrDefault("SR_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

    @TempDir
    Path temp;

    @Test
    void aDatabaseThatGoesAwayGives503AndServiceResumesWhenItReturns() throws Exception {
        String database = "sr_outage_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        admin("CREATE DATABASE " + database);
        try {
            String url = ADMIN_URL.replace("/test?", "/" + database + "?");
            Path plugins = PluginZips.folderWithBuiltPlugin(Files.createDirectories(temp.resolve("host")));
            try (ClinicServer server = ClinicServer.start(new ClinicServer.Settings(temp.resolve("data"), url, plugins, 0, true))) {
                ApiClient clinician = new ApiClient("http://localhost:" + server.port());
                clinician.login("clinician-1", "demo");
                ApiClient supervisor = new ApiClient("http://localhost:" + server.port());
                supervisor.login("supervisor-1", "demo");
                int notesBefore = clinician.get("/api/notes").json().size();

                admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
                admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
                // The queue is the supervisor's: a clinician's is an explanation that needs no database.
                for (String path : new String[] {"/api/notes", "/api/drafts", "/api/queue", "/api/meetings"}) {
                    Answer down = (path.equals("/api/queue") ? supervisor : clinician).get(path);
                    assertThat(down.status()).as(path).isEqualTo(503);
                    assertThat(down.contentType()).startsWith("application/problem+json");
                }
                Answer write = clinician.post("/api/notes", "{\"clientId\":\"client-01\",\"sessionDate\":\"2026-01-02\","
                        + "\"service\":\"x\",\"text\":\"written during the outage\"}");
                assertThat(write.status()).isEqualTo(503);
                assertThat(new ApiClient("http://localhost:" + server.port()).get("/health").status()).isEqualTo(503);

                admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
                assertThat(clinician.get("/api/notes").status()).isEqualTo(200);
                assertThat(clinician.get("/api/notes").json().size()).isEqualTo(notesBefore);
            }
        } finally {
            admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
            admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");
            admin("DROP DATABASE IF EXISTS " + database);
        }
    }

    private static void admin(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static Connection connect() throws SQLException {
        try {
            return DriverManager.getConnection(ADMIN_URL);
        } catch (SQLException e) {
            if ("1".equals(System.getenv("SR_REQUIRE_POSTGRES"))) {
                throw e;
            }
            Assumptions.abort("PostgreSQL unreachable, skipping: " + e.getMessage());
            throw e;
        }
    }
}
