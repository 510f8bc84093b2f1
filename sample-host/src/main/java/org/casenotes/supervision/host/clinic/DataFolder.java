package org.casenotes.supervision.host.clinic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.casenotes.supervision.api.error.StorageUnavailableException;

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
     * @throws StorageUnavailableException when the folder cannot be created or restricted, with
     *     a sentence that names the folder and says why (a file in its place, no permission)
     */
    public static void prepare(Path folder) {
        try {
            OwnerOnlyFiles.createDirectories(folder);
            restrictFiles(folder);
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
            throw new StorageUnavailableException("the data folder " + folder + " cannot be used: " + why(cause), cause);
        }
    }

    private static String why(IOException e) {
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
            return "a file is in the way where a folder should be; give --data a folder";
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "this account may not create or change it";
        }
        return "it cannot be created or made private to this account";
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
