package org.casenotes.supervision.api.packet;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What an export wrote.
 *
 * @param path the packet file, in place
 * @param pages the number of pages
 * @param bytes the file's size
 * @param sha256 the file's SHA-256, lowercase hex
 * @param substitutedGlyphs how many characters the embedded font cannot draw and were
 *     replaced by a visible substitute
 * @param warnings readable warnings without client-identifying text; empty when all went well
 */
public record PacketResult(Path path, int pages, long bytes, String sha256,
        int substitutedGlyphs, List<String> warnings) {

    /** Checks that nothing is null and copies the warnings. */
    public PacketResult {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        warnings = List.copyOf(warnings);
    }
}
