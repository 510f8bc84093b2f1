package org.casenotes.supervision.host.clinic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The host's data folder (embedded database, keys, checkpoints, exports): readable by the
 * account the host runs as and nobody else, where the file system knows POSIX permissions.
 * The folder is {@code rwx------} and every file directly in it (the H2 database and its trace
 * file) {@code rw-------}; a file the database creates later inherits no access for others
 * because the folder itself admits nobody else.
 */
public final class DataFolder {

    private DataFolder() {
    }

    /**
     * Creates the folder if needed and makes it and its files owner-only.
     *
     * @param folder the data folder
     * @throws UncheckedIOException when the folder cannot be created or restricted
     */
    public static void prepare(Path folder) {
        try {
            OwnerOnlyFiles.createDirectories(folder);
            restrictFiles(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes every file directly in the folder owner-only, such as the database files once the
     * database has created them.
     *
     * @param folder the data folder
     */
    public static void restrictFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                OwnerOnlyFiles.restrict(file, "rw-------");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
