package org.casenotes.supervision.host.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.casenotes.supervision.host.Main;
import org.casenotes.supervision.host.testing.PluginZips;
import org.casenotes.supervision.host.web.ClinicServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expected plugin faults never stop the host: each is reported in one line, the supervision
 * features are reported unavailable, and the health endpoint says so.
 */
class PluginFaultsIT {

    @TempDir
    Path temp;

    @Test
    void theBuiltPluginStartsAndTheHostReportsTheFeaturesAvailable() throws Exception {
        Path plugins = PluginZips.folderWithBuiltPlugin(temp);
        try (PluginHost host = PluginHost.start(plugins)) {
            assertThat(host.supervision()).isPresent();
            assertThat(host.statuses()).singleElement()
                    .satisfies(s -> assertThat(s.line()).startsWith("supervision-review ").endsWith(" running"));
        }
        Health health = serveAndAskHealth(plugins);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"available\":true").contains("\"status\":\"UP\"");
    }

    @Test
    void aMissingPluginsFolderIsReportedInOneLine() throws Exception {
        Path missing = temp.resolve("no-such-folder");
        try (PluginHost host = PluginHost.start(missing)) {
            assertThat(host.supervision()).isEmpty();
            assertThat(host.statuses()).singleElement()
                    .satisfies(s -> assertThat(s.reason()).contains("does not exist"));
        }
        assertUnavailableEverywhere(missing, "does not exist");
    }

    @Test
    void aCorruptZipIsReportedInOneLineAndTheHostKeepsRunning() throws Exception {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        PluginZips.corrupt(plugins.resolve("supervision-review-9.9.9.zip"));
        try (PluginHost host = PluginHost.start(plugins)) {
            assertThat(host.supervision()).isEmpty();
            assertThat(host.statuses()).anySatisfy(s -> {
                assertThat(s.id()).isEqualTo("supervision-review-9.9.9.zip");
                assertThat(s.reason()).contains("supervision-review-9.9.9.zip is not a readable plugin zip");
            });
        }
        assertUnavailableEverywhere(plugins, "not a readable plugin zip");
    }

    @Test
    void aPluginRequiringAnotherHostApiIsNotStartedAndSaysWhichRangeItNeeds() throws Exception {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        PluginZips.withDescriptor(plugins.resolve("supervision-review.zip"),
                text -> text.replaceAll("(?m)^plugin.requires=.*$", "plugin.requires=>=9.0.0 & <10.0.0"));
        try (PluginHost host = PluginHost.start(plugins)) {
            assertThat(host.supervision()).isEmpty();
            assertThat(host.statuses()).singleElement().satisfies(s -> {
                assertThat(s.state()).isNotEqualTo("STARTED");
                assertThat(s.reason()).contains(">=9.0.0 & <10.0.0").contains("1.0.0");
            });
        }
        assertUnavailableEverywhere(plugins, ">=9.0.0");
    }

    @Test
    void aPluginThatThrowsOnStartIsReportedFailedWithItsReason() throws Exception {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        PluginZips.plugin(plugins.resolve("supervision-review.zip"), String.join("\n",
                "plugin.id=supervision-review",
                "plugin.class=" + FailingPlugin.class.getName(),
                "plugin.version=0.1.0",
                "plugin.requires=>=1.0.0 & <2.0.0", ""),
                Map.of(FailingPlugin.class.getName().replace('.', '/') + ".class", PluginZips.classFile(FailingPlugin.class)));
        try (PluginHost host = PluginHost.start(plugins)) {
            assertThat(host.supervision()).isEmpty();
            assertThat(host.statuses()).singleElement().satisfies(s -> {
                assertThat(s.state()).isEqualTo("FAILED");
                assertThat(s.reason()).contains("licence server unreachable");
            });
        }
        assertUnavailableEverywhere(plugins, "licence server unreachable");
    }

    @Test
    void aPluginMissingALibraryJarLeavesTheHostRunningWithoutTheFeatures() throws Exception {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        // Flyway is a library only the plugin has (the host has its own Jackson, which PF4J would fall back to).
        PluginZips.without(plugins.resolve("supervision-review.zip"), "lib/flyway-core");
        try (ClinicServer server = ClinicServer.start(new ClinicServer.Settings(temp.resolve("data"),
                "jdbc:h2:mem:" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", plugins, 0, false))) {
            assertThat(server.module()).isEmpty();
            assertThat(server.moduleFault()).get().asString().contains("org.flywaydb");
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"available\":false");
            HttpResponse<String> api = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/api/openapi.json")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isEqualTo(200);
        }
    }

    private void assertUnavailableEverywhere(Path plugins, String reason) throws Exception {
        CommandRun run = runCli("plugins", "--plugins", plugins.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.out()).contains(reason).contains("supervision features: unavailable");
        assertThat(run.out()).doesNotContain("\tat ").doesNotContain("Exception:");

        Health health = serveAndAskHealth(plugins);
        assertThat(health.status()).isEqualTo(503);
        assertThat(health.body()).contains("\"available\":false").contains("\"reachable\":true");
    }

    private Health serveAndAskHealth(Path plugins) throws Exception {
        try (ClinicServer server = ClinicServer.start(new ClinicServer.Settings(temp.resolve("data"),
                "jdbc:h2:mem:" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", plugins, 0, false))) {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + "/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Health(response.statusCode(), response.body());
        }
    }

    private static CommandRun runCli(String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new CommandRun(code, captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }
    }

    private record Health(int status, String body) {
    }

    private record CommandRun(int exitCode, String out) {
    }
}
