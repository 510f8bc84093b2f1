package org.casenotes.supervision.host;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casenotes.supervision.host.clinic.ClinicDatabase;
import picocli.CommandLine.Option;

/**
 * Where the host keeps things: shared by every command so each works with no options when
 * started in the folder that holds {@code ./data}.
 */
final class HostOptions {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Folder for the embedded database, keys and audit checkpoints (default: ./data).")
    Path dataDir;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Database URL (default: embedded H2 under the data folder).")
    String databaseUrl;

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "Plugins folder (default: plugins/ beside the jar).")
    Path pluginsDir;

    String databaseUrl() {
        return databaseUrl != null ? databaseUrl : ClinicDatabase.defaultUrl(dataDir);
    }

    Path pluginsDir() {
        return pluginsDir != null ? pluginsDir : besideTheJar();
    }

    private static Path besideTheJar() {
        try {
            Path location = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path folder = Files.isRegularFile(location) ? location.getParent() : location;
            return folder.resolve("plugins");
        } catch (URISyntaxException e) {
            return Path.of("plugins");
        }
    }
}
