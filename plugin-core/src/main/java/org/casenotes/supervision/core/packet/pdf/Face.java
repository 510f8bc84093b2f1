package org.casenotes.supervision.core.packet.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One TrueType font file, as the shaping engine (the JDK's own OpenType layout, the same
 * HarfBuzz-based engine Java2D uses) and PDFBox each see it. Glyph positions are in text-space
 * units: thousandths of the font size. Immutable and thread-safe; each document parses its own
 * copy for embedding ({@link #parse}).
 */
final class Face {

    /** Shaping at size 1000 gives positions directly in thousandths of an em. */
    static final float UNITS = 1000f;
    static final FontRenderContext CONTEXT = new FontRenderContext(null, false, true);
    /** The fast table covers code points below this (Latin, Greek, Cyrillic). */
    private static final int TABLE = 0x0530;

    private final String name;
    private final byte[] file;
    private final Font shaping;
    private volatile Simple simple;
    private volatile CmapLookup cmap;

    private Face(String name, byte[] file) throws IOException {
        this.name = name;
        this.file = file;
        try {
            this.shaping = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(file))
                    .deriveFont(UNITS);
        } catch (FontFormatException e) {
            throw new IOException("not a TrueType font: " + name, e);
        }
    }

    /** A face from the plugin's own resources. */
    static Face resource(String resource) {
        try (InputStream in = Face.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the packet font " + resource + " is missing");
            }
            return new Face(resource.replaceAll("\\.ttf$", ""), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A face the host supplies as a TrueType file. */
    static Face file(Path path) throws IOException {
        return new Face(path.getFileName().toString().replaceAll("(?i)\\.[ot]tf$", ""),
                Files.readAllBytes(path));
    }

    String name() {
        return name;
    }

    Font shaping() {
        return shaping;
    }

    boolean covers(int codePoint) {
        return shaping.canDisplay(codePoint);
    }

    /** A fresh fontbox copy of the file, for one document's embedding. */
    TrueTypeFont parse() throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(file));
    }

    /** The glyph the font's cmap gives a code point, 0 when it has none. */
    int cmapGlyph(int codePoint) {
        CmapLookup lookup = cmap;
        if (lookup == null) {
            try {
                // Kept open for the JVM's life, like the file's bytes: lookups read parsed arrays.
                lookup = parse().getUnicodeCmapLookup();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            cmap = lookup;
        }
        return lookup.getGlyphId(codePoint);
    }

    /**
     * The glyph and advance of a code point that needs no shaping (see {@link Simple}), or
     * {@code -1} when it does.
     */
    int simpleGlyph(int codePoint) {
        return codePoint < TABLE ? simple().glyphs[codePoint] : -1;
    }

    float simpleAdvance(int codePoint) {
        return simple().advances[codePoint];
    }

    private Simple simple() {
        Simple table = simple;
        if (table == null) {
            try (TrueTypeFont font = parse()) {
                table = new Simple(font);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            simple = table;
        }
        return table;
    }

    /**
     * A glyph's advance as PDFBox writes it into the widths array: the hmtx advance scaled to
     * thousandths and rounded.
     */
    static float pdfWidth(int advance, float scale) {
        return Math.round(advance * scale);
    }

    /**
     * Code points drawn as their cmap glyph at their advance whatever surrounds them: spacing
     * letters, digits and punctuation of Latin, Greek and Cyrillic that the face has. Marks,
     * format characters, tone letters (U+02E5..U+02E9, which join into contours) and
     * everything from Armenian on go through the engine.
     * {@code FastPathTest} checks this against the engine for every one of them.
     */
    private static final class Simple {

        final int[] glyphs = new int[TABLE];
        final float[] advances = new float[TABLE];

        Simple(TrueTypeFont font) throws IOException {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            HorizontalMetricsTable metrics = font.getHorizontalMetrics();
            float scale = UNITS / font.getHeader().getUnitsPerEm();
            for (int c = 0; c < TABLE; c++) {
                int glyph = cmap.getGlyphId(c);
                int type = Character.getType(c);
                boolean plain = c >= 0x20 && glyph > 0 && !(c >= 0x7F && c < 0xA0)
                        && !(c >= 0x0300 && c <= 0x036F) && !(c >= 0x0483 && c <= 0x0489)
                        && !(c >= 0x02E5 && c <= 0x02E9)
                        && type != Character.NON_SPACING_MARK && type != Character.FORMAT
                        && type != Character.ENCLOSING_MARK;
                glyphs[c] = plain ? glyph : -1;
                advances[c] = plain ? pdfWidth(metrics.getAdvanceWidth(glyph), scale) : 0;
            }
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
