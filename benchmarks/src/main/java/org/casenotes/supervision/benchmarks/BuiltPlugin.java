package org.casenotes.supervision.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the plugin zip the build made, for benchmarks that load it as a host would. */
final class BuiltPlugin {

    private BuiltPlugin() {
    }

    static Path zip() throws IOException {
        String configured = System.getProperty("supervision.pluginBuildDir");
        List<Path> candidates = configured != null ? List.of(Path.of(configured))
                : List.of(Path.of("plugin-core/target"), Path.of("../plugin-core/target"));
        for (Path folder : candidates) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    List<Path> zips = files.filter(f -> f.getFileName().toString().matches("supervision-review-.*\\.zip")).toList();
                    if (zips.size() == 1) {
                        return zips.get(0);
                    }
                }
            }
        }
        throw new IOException("no built plugin zip in " + candidates + "; run ./mvnw package first");
    }

    static Path pluginsFolderWithZip(Path parent) throws IOException {
        Path folder = Files.createDirectories(parent.resolve("plugins"));
        Path zip = zip();
        Files.copy(zip, folder.resolve(zip.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return folder;
    }
}
