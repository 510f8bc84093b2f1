package org.casenotes.supervision.host.web.packet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The export work folders under the data folder. Each running host owns one {@code host-*}
 * folder, held by an OS file lock that dies with the process (even on kill -9); at start, a
 * host deletes every folder whose lock it can take: what a crashed host left behind, such as
 * a half-written packet. Hosts sharing the data folder never delete each other's live work.
 */
public final class ExportFolders {

    private static final Logger LOG = LoggerFactory.getLogger(ExportFolders.class);
    static final String OWNER_FILE = ".owner";
    /** Folders claimed in this process: never probed, as closing a probe would drop their lock. */
    private static final java.util.Set<Path> CLAIMED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private ExportFolders() {
    }

    /**
     * Removes what dead hosts left and claims a folder for this one.
     *
     * @param exports the host's {@code exports} folder
     * @return this host's folder, locked for the life of the process
     */
    public static Path claim(Path exports) {
        try {
            Files.createDirectories(exports);
            int removed = 0;
            try (Stream<Path> entries = Files.list(exports)) {
                for (Path entry : entries.toList()) {
                    if (stale(entry)) {
                        deleteTree(entry);
                        removed++;
                    }
                }
            }
            if (removed > 0) {
                LOG.info("removed {} export folder(s) left by a stopped host", removed);
            }
            Path mine = exports.resolve("host-" + UUID.randomUUID());
            Files.createDirectory(mine);
            FileChannel owner = FileChannel.open(mine.resolve(OWNER_FILE), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            owner.lock(); // released by the OS when the process ends, however it ends
            CLAIMED.add(mine.toAbsolutePath().normalize());
            return mine;
        } catch (IOException e) {
            throw new UncheckedIOException("the export folder could not be prepared", e);
        }
    }

    /** A folder from before hosts owned one, or one whose owner lock is free (its host is gone). */
    private static boolean stale(Path entry) throws IOException {
        String name = entry.getFileName().toString();
        if (CLAIMED.contains(entry.toAbsolutePath().normalize())) {
            return false;
        }
        if (!Files.isDirectory(entry) || name.startsWith("packet-")) {
            return true;
        }
        Path owner = entry.resolve(OWNER_FILE);
        if (!name.startsWith("host-") || !Files.exists(owner)) {
            return name.startsWith("host-");
        }
        try (FileChannel channel = FileChannel.open(owner, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            return lock != null; // closing the channel releases it
        } catch (OverlappingFileLockException e) {
            return false; // held by another host in this same process
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            List<Path> paths = walk.sorted(Comparator.reverseOrder()).toList();
            for (Path path : paths) {
                Files.deleteIfExists(path);
            }
        }
    }
}
