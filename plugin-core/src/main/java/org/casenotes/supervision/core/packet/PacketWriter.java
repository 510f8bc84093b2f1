package org.casenotes.supervision.core.packet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.casenotes.supervision.api.error.StorageUnavailableException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketResult;
import org.casenotes.supervision.core.json.PacketJson;
import org.casenotes.supervision.core.packet.pdf.PdfPacketRenderer;
import org.casenotes.supervision.core.vocabulary.Counted;

/**
 * Writes a packet file: renders it into a temporary file in the destination's folder and
 * moves that into place atomically, so a failed export leaves neither a destination nor a
 * temporary file behind. Stateless and thread-safe.
 */
public final class PacketWriter {

    private final PacketRenderer renderer;

    /**
     * Creates a writer over a renderer.
     *
     * @param renderer draws the packet
     */
    public PacketWriter(PacketRenderer renderer) {
        this.renderer = Objects.requireNonNull(renderer, "renderer");
    }

    /**
     * A writer that produces PDF packets.
     *
     * @return the writer
     */
    public static PacketWriter pdf() {
        return new PacketWriter(new PdfPacketRenderer());
    }

    /**
     * A writer that produces PDF packets with the host's own fonts as well.
     *
     * @param fonts TrueType files, tried after DejaVu Sans and before the plugin's fallbacks
     * @return the writer
     * @throws java.io.UncheckedIOException when a file cannot be read as a TrueType font
     */
    public static PacketWriter pdf(List<Path> fonts) {
        return new PacketWriter(new PdfPacketRenderer(fonts));
    }

    /**
     * Writes the packet to {@code destination}, replacing any file there.
     *
     * @param content what the packet shows, identities already resolved
     * @param options how it is exported
     * @param destination the packet file to write; its folder must exist
     * @return what was written
     * @throws ValidationException when the destination's folder does not exist or the signing
     *     key cannot be used
     * @throws StorageUnavailableException when the file cannot be written
     */
    public PacketResult write(PacketContent content, PacketOptions options, Path destination) {
        Path target = destination.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw ValidationException.of("/destination", "packet.folder-missing",
                    "The packet's folder does not exist.");
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, ".packet-", ".part");
            PacketRenderer.Rendered rendered = renderer.render(content, options,
                    out -> PacketJson.write(content, options, out), temporary);
            long size = Files.size(temporary);
            String sha256 = sha256(temporary);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
            return new PacketResult(target, rendered.pages(), size, sha256,
                    rendered.substitutedGlyphs(), warnings(rendered));
        } catch (IOException | UncheckedIOException e) {
            throw new StorageUnavailableException("The packet could not be written.", e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static List<String> warnings(PacketRenderer.Rendered rendered) {
        List<String> warnings = new ArrayList<>();
        if (rendered.substitutedGlyphs() > 0) {
            int glyphs = rendered.substitutedGlyphs();
            warnings.add(Counted.choose("{0} {0,choice,0#characters|1#character|1<characters} the packet font cannot"
                    + " draw {0,choice,0#were|1#was|1<were} replaced by \u25A1.", name -> glyphs).replace("{0}",
                    String.valueOf(glyphs)));
        }
        return warnings;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Reporting this would hide the export's own outcome, which matters more.
        }
    }
}
