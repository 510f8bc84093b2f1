package org.casenotes.supervision.core.packet.pdf;

import java.io.IOException;
import java.util.BitSet;
import java.util.HashSet;
import java.util.Set;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One face embedded in one document: a composite font (Identity-H, the glyph id is the
 * character code) subset on save to the glyphs drawn. The widths array PDFBox writes rounds
 * each advance to a whole thousandth; {@link #width} gives the same figure, so the canvas
 * knows where the viewer's pen is. Not thread-safe: one document's.
 */
final class Embedded {

    private final Face face;
    private final TrueTypeFont file;
    private final PDType0Font font;
    private final HorizontalMetricsTable metrics;
    private final float scale;
    private final BitSet used = new BitSet();

    Embedded(PDDocument document, Face face) throws IOException {
        this.face = face;
        this.file = face.parse();
        try {
            this.font = PDType0Font.load(document, file, true);
            registerForSubsetting(document, font);
            this.metrics = file.getHorizontalMetrics();
            this.scale = Face.UNITS / file.getHeader().getUnitsPerEm();
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /**
     * PDFBox subsets on save only the fonts a content stream of its own selected
     * ({@code PDDocument.getFontsToSubset} is not public); selecting the font once on a scratch
     * page that never joins the document registers it.
     */
    private static void registerForSubsetting(PDDocument document, PDType0Font font)
            throws IOException {
        try (PDPageContentStream scratch = new PDPageContentStream(document, new PDPage())) {
            scratch.setFont(font, 1);
        }
    }

    Face face() {
        return face;
    }

    PDType0Font font() {
        return font;
    }

    /** The glyph's advance as the PDF states it, in thousandths of the font size. */
    float width(int glyph) {
        return Face.pdfWidth(metrics.getAdvanceWidth(glyph), scale);
    }

    void use(int glyph) {
        used.set(glyph);
    }

    /** Adds the glyphs drawn to the subset PDFBox writes when the document is saved. */
    void finish() {
        Set<Integer> glyphs = new HashSet<>();
        used.stream().forEach(glyphs::add);
        font.addGlyphsToSubset(glyphs);
    }

    void close() throws IOException {
        file.close();
    }
}
