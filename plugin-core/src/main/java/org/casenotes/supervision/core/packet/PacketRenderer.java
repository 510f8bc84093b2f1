package org.casenotes.supervision.core.packet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.casenotes.supervision.api.packet.PacketOptions;

/** Draws a packet into a file. Implementations are stateless and thread-safe. */
public interface PacketRenderer {

    /**
     * Renders the packet into {@code target}, replacing its contents. Scratch files the
     * renderer needs go next to {@code target} and are gone when this returns or throws.
     *
     * @param content what the packet shows
     * @param options how it is exported
     * @param data writes the packet's structured data for embedding
     * @param target the file to write
     * @return what was rendered
     * @throws IOException when the file cannot be written
     */
    Rendered render(PacketContent content, PacketOptions options, StructuredData data,
            Path target) throws IOException;

    /** Writes the packet's structured data (the embedded {@code packet.json}). */
    @FunctionalInterface
    interface StructuredData {

        /**
         * Writes the data; leaves the stream open.
         *
         * @param out where to write
         * @throws IOException when writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /**
     * What a rendering produced.
     *
     * @param pages the number of pages
     * @param substitutedGlyphs characters replaced by a visible substitute
     */
    record Rendered(int pages, int substitutedGlyphs) {
    }
}
