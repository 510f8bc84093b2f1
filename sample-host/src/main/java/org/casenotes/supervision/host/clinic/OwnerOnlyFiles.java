package org.casenotes.supervision.host.clinic;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes files readable by their owner only, where the file system knows POSIX permissions,
 * and never over an existing file.
 */
final class OwnerOnlyFiles {

    private OwnerOnlyFiles() {
    }

    static void createDirectories(Path directory) throws IOException {
        Files.createDirectories(directory);
        restrict(directory, "rwx------");
    }

    /**
     * Writes a new file in one step: a temporary file is filled, restricted and moved into
     * place, so a reader never sees half a key or half a checkpoint.
     *
     * @throws FileAlreadyExistsException when the file exists
     */
    static void createNew(Path file, byte[] content) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), ".new-", ".tmp");
        try {
            restrict(temporary, "rw-------");
            Files.write(temporary, content);
            if (Files.exists(file)) {
                throw new FileAlreadyExistsException(file.toString());
            }
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    static void restrict(Path path, String permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }
}
