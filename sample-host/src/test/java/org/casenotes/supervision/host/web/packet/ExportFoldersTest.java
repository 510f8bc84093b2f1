package org.casenotes.supervision.host.web.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export work folders a host claims at start, and what a crashed host left behind. */
class ExportFoldersTest {

    @TempDir
    Path exports;

    @Test
    void aFolderWhoseOwnerIsGoneIsRemovedWithItsHalfWrittenPacket() throws Exception {
        Path dead = Files.createDirectories(exports.resolve("host-0000dead/packet-123"));
        Files.writeString(dead.getParent().resolve(ExportFolders.OWNER_FILE), "");
        Files.write(dead.resolve(".packet-1.part"), new byte[] {'%', 'P', 'D', 'F'});

        Path mine = ExportFolders.claim(exports);

        assertThat(listing()).containsExactly(mine);
        assertThat(mine.resolve(ExportFolders.OWNER_FILE)).exists();
    }

    @Test
    void packetFoldersFromBeforeHostsOwnedAFolderAreRemoved() throws Exception {
        Files.createDirectories(exports.resolve("packet-42"));
        Files.writeString(exports.resolve("packet-42/packet.pdf"), "%PDF-");

        Path mine = ExportFolders.claim(exports);

        assertThat(listing()).containsExactly(mine);
    }

    @Test
    void aSecondHostKeepsTheFolderOfAHostThatStillRuns() {
        Path first = ExportFolders.claim(exports);

        Path second = ExportFolders.claim(exports);

        assertThat(listing()).containsExactlyInAnyOrder(first, second);
    }

    private java.util.List<Path> listing() {
        try (Stream<Path> entries = Files.list(exports)) {
            return entries.toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
