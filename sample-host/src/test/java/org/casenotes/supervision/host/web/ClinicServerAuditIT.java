package org.casenotes.supervision.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.casenotes.supervision.host.clinic.ClinicDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClinicServerAuditIT {

    private static final Path PLUGINS = Path.of(System.getProperty("supervision.pluginZipDir", "target/plugins"));

    @TempDir
    Path data;

    @Test
    void theDataFolderIsOwnerOnlyAndShuttingDownWritesASignedAuditCheckpoint() throws Exception {
        ClinicServer server = ClinicServer.start(
                new ClinicServer.Settings(data, ClinicDatabase.defaultUrl(data), PLUGINS, 0, false));
        assertThat(server.moduleFault()).isEmpty();
        assertThat(java.nio.file.Files.getPosixFilePermissions(data)).as("the data folder")
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        assertThat(java.nio.file.Files.getPosixFilePermissions(data.resolve("clinic.mv.db"))).as("the database file")
                .isEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

        server.close();

        try (Stream<Path> files = Files.walk(data.resolve("audit-checkpoints"))) {
            assertThat(files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()))
                    .containsExactly("checkpoint-00000000000000000000.properties");
        }
    }
}
