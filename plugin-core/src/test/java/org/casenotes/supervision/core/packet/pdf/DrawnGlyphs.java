package org.casenotes.supervision.core.packet.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/** Every glyph a PDF's first page draws, as a viewer places it: font, glyph id, origin. */
final class DrawnGlyphs {

    /**
     * One drawn glyph.
     *
     * @param font the font's base name without the subset tag
     * @param glyph the glyph id (the character code: Identity-H, CID = GID)
     * @param x the origin in user space (points)
     * @param y the origin in user space (points), rise included
     */
    record Drawn(String font, int glyph, float x, float y) {
    }

    private DrawnGlyphs() {
    }

    static List<Drawn> of(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<Drawn> drawn = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void showGlyph(Matrix at, PDFont font, int code, Vector displacement)
                        throws IOException {
                    String name = font.getName().replaceFirst("^[A-Z]{6}\\+", "");
                    drawn.add(new Drawn(name, code, at.getTranslateX(), at.getTranslateY()));
                    super.showGlyph(at, font, code, displacement);
                }
            };
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            stripper.getText(document);
            return drawn;
        }
    }
}
