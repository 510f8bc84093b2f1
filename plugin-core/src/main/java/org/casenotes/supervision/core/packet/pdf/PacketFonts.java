package org.casenotes.supervision.core.packet.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The packet's embedded fonts, DejaVu Sans regular and bold, subset on save, and the filter
 * that makes any text drawable with them: a character neither can draw becomes a visible
 * substitute, counted, instead of an error.
 */
final class PacketFonts implements Closeable {

    static final int SUBSTITUTE = 0x25A1;

    private final TrueTypeFont regularFile;
    private final TrueTypeFont boldFile;
    private final PDType0Font regular;
    private final PDType0Font bold;
    private final CmapLookup regularGlyphs;
    private final CmapLookup boldGlyphs;
    private final Map<Integer, Boolean> drawable = new HashMap<>();

    private PacketFonts(PDDocument document, TrueTypeFont regularFile, TrueTypeFont boldFile)
            throws IOException {
        this.regularFile = regularFile;
        this.boldFile = boldFile;
        this.regular = PDType0Font.load(document, regularFile, true);
        this.bold = PDType0Font.load(document, boldFile, true);
        this.regularGlyphs = regularFile.getUnicodeCmapLookup();
        this.boldGlyphs = boldFile.getUnicodeCmapLookup();
    }

    static PacketFonts load(PDDocument document) throws IOException {
        TrueTypeFont regular = parse("DejaVuSans.ttf");
        try {
            return new PacketFonts(document, regular, parse("DejaVuSans-Bold.ttf"));
        } catch (IOException | RuntimeException e) {
            regular.close();
            throw e;
        }
    }

    PDType0Font regular() {
        return regular;
    }

    PDType0Font bold() {
        return bold;
    }

    /** How many characters of {@code text} neither face can draw (invisible ones aside). */
    int undrawable(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
        return (int) normal.codePoints()
                .filter(c -> !Character.isISOControl(c) && !Character.isWhitespace(c))
                .filter(c -> !isInvisible(c) && !canDraw(c))
                .count();
    }

    /**
     * The text with every character both faces can draw, in NFC; line breaks kept, other
     * controls as spaces, invisible joiners and selectors dropped, the rest substituted.
     */
    String drawable(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normal.length());
        normal.codePoints().forEach(codePoint -> {
            if (codePoint == '\n') {
                out.append('\n');
            } else if (codePoint == '\r') {
                return;
            } else if (Character.isISOControl(codePoint) || Character.isWhitespace(codePoint)) {
                out.append(' ');
            } else if (isInvisible(codePoint)) {
                return;
            } else if (canDraw(codePoint)) {
                out.appendCodePoint(codePoint);
            } else {
                out.appendCodePoint(SUBSTITUTE);
            }
        });
        return out.toString();
    }

    /**
     * The text for places the viewer draws with its own fonts (bookmarks, metadata): in NFC,
     * on one line, controls as spaces; nothing substituted.
     */
    static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        Normalizer.normalize(text, Normalizer.Form.NFC).codePoints().forEach(codePoint ->
                out.appendCodePoint(Character.isISOControl(codePoint) ? ' ' : codePoint));
        return out.toString().strip();
    }

    private boolean canDraw(int codePoint) {
        return drawable.computeIfAbsent(codePoint, c -> regularGlyphs.getGlyphId(c) != 0
                && boldGlyphs.getGlyphId(c) != 0);
    }

    /** Joiners, direction marks and variation selectors carry no glyph of their own. */
    private static boolean isInvisible(int codePoint) {
        return (codePoint >= 0x200B && codePoint <= 0x200F)
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF)
                || codePoint == 0x2060 || codePoint == 0xFEFF;
    }

    private static TrueTypeFont parse(String resource) throws IOException {
        try (InputStream in = PacketFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the packet font " + resource + " is missing");
            }
            return new TTFParser().parse(new RandomAccessReadBuffer(in));
        }
    }

    @Override
    public void close() throws IOException {
        try {
            regularFile.close();
        } finally {
            boldFile.close();
        }
    }
}
