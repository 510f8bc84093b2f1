package org.casenotes.supervision.core.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plugin's migration scripts as listed at build time ({@code migrations.index}, written
 * by the build from the {@code migration/} and {@code vendor/*} folders), so start-up knows
 * which versions exist without scanning the class path. A script added to either folder is
 * listed by the next build with no change here.
 */
final class MigrationIndex {

    private static final String RESOURCE = "migrations.index";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");

    private final List<String> files;

    private MigrationIndex(List<String> files) {
        this.files = List.copyOf(files);
    }

    /**
     * Reads the index the build put beside this class.
     *
     * @return the index
     * @throws UncheckedIOException when the index is missing (a broken build)
     */
    static MigrationIndex load() {
        try (InputStream in = MigrationIndex.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is missing from the plugin; rebuild it");
            }
            List<String> files = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(files::add);
            }
            return new MigrationIndex(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The scripts' paths relative to the storage package, such as {@code migration/V1__x.sql}.
     *
     * @return the paths
     */
    List<String> files() {
        return files;
    }

    /**
     * The versions a database of one kind must have applied, in Flyway's spelling ({@code 3.1}).
     *
     * @param vendor {@code h2} or {@code postgresql}
     * @return the versions of the common scripts and that vendor's own
     */
    List<String> versionsFor(String vendor) {
        List<String> versions = new ArrayList<>();
        for (String file : files) {
            if (file.startsWith("migration/") || file.startsWith("vendor/" + vendor + "/")) {
                Matcher matcher = VERSIONED.matcher(file.substring(file.lastIndexOf('/') + 1));
                if (matcher.matches()) {
                    versions.add(matcher.group(1).replace('_', '.'));
                }
            }
        }
        return versions;
    }
}
