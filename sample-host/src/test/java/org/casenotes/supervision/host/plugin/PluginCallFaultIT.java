package org.casenotes.supervision.host.plugin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.casenotes.supervision.host.testing.ApiClient;
import org.casenotes.supervision.host.testing.ApiClient.Answer;
import org.casenotes.supervision.host.testing.PluginZips;
import org.casenotes.supervision.host.web.ClinicServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plugin that fails inside a module call: that request gets a 503 problem, the host keeps serving. */
class PluginCallFaultIT {

    @TempDir
    Path temp;

    @Test
    void anExceptionInsideAModuleCallIsA503AndTheHostKeepsServing() throws Exception {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        String provider = FaultyModuleProvider.class.getName();
        PluginZips.plugin(plugins.resolve("supervision-review.zip"), String.join("\n",
                "plugin.id=supervision-review", "plugin.version=0.0.1", "plugin.requires=>=1.0.0 & <2.0.0", ""),
                Map.of(provider.replace('.', '/') + ".class", PluginZips.classFile(FaultyModuleProvider.class),
                        "META-INF/extensions.idx", (provider + "\n").getBytes(StandardCharsets.UTF_8)));
        try (ClinicServer server = ClinicServer.start(new ClinicServer.Settings(temp.resolve("data"),
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", plugins, 0, false))) {
            ApiClient client = new ApiClient("http://localhost:" + server.port());
            assertThat(server.module()).isPresent();
            org.casenotes.supervision.host.demo.DemoData.seedHostTables(server.dataSource(), java.time.LocalDate.now());
            assertThat(client.login("clinician-1", "demo").status()).isEqualTo(200);
            Answer failing = client.get("/api/notes");
            assertThat(failing.status()).isEqualTo(503);
            assertThat(failing.json().get("code").asText()).isEqualTo("supervision.fault");
            assertThat(failing.body()).doesNotContain("NoClassDefFoundError");
            // The client list is read only with its audit event; this plugin fails in audit(), so the
            // list is refused too (fail closed), while the host itself keeps serving.
            assertThat(client.get("/api/clients").status()).isEqualTo(503);
            assertThat(client.get("/api/me").status()).isEqualTo(200);
        }
    }
}
