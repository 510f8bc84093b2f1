package org.casenotes.supervision.core.packet.pdf;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shaping engine's own output, asked directly: the JDK's OpenType layout over the same font
 * file, at 1000 units per em, glyphs of format characters and variation selectors (which draw
 * nothing) left out.
 */
final class EngineGlyphs {

    /**
     * A glyph as the engine places it.
     *
     * @param font the font's PostScript name
     * @param glyph the glyph id
     * @param x the origin from the line's start, thousandths of an em
     * @param y the vertical offset, thousandths of an em, up
     */
    record Placed(String font, int glyph, float x, float y) {
    }

    /**
     * A run of one font and direction, as the bidi algorithm splits a line.
     *
     * @param fontFile the plugin's font resource
     * @param text the run's text in logical order
     * @param rightToLeft its direction
     */
    record Run(String fontFile, String text, boolean rightToLeft) {

        static Run ltr(String fontFile, String text) {
            return new Run(fontFile, text, false);
        }

        static Run rtl(String fontFile, String text) {
            return new Run(fontFile, text, true);
        }
    }

    private static final Map<String, Font> FONTS = new HashMap<>();

    private EngineGlyphs() {
    }

    /** The runs laid out one after another, in the visual order given. */
    static List<Placed> line(List<Run> runs) throws Exception {
        List<Placed> placed = new ArrayList<>();
        float start = 0;
        for (Run run : runs) {
            Font font = font(run.fontFile());
            char[] chars = run.text().toCharArray();
            GlyphVector vector = font.layoutGlyphVector(new FontRenderContext(null, false, true),
                    chars, 0, chars.length,
                    run.rightToLeft() ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
            int count = vector.getNumGlyphs();
            for (int i = 0; i < count; i++) {
                int source = run.text().codePointAt(vector.getGlyphCharIndex(i));
                boolean invisible = Character.getType(source) == Character.FORMAT
                        || (source >= 0xFE00 && source <= 0xFE0F);
                if (!invisible && vector.getGlyphCode(i) < 0xFFFE) {
                    placed.add(new Placed(font.getPSName(), vector.getGlyphCode(i),
                            start + (float) vector.getGlyphPosition(i).getX(),
                            (float) -vector.getGlyphPosition(i).getY()));
                }
            }
            start += (float) vector.getGlyphPosition(count).getX();
        }
        return placed;
    }

    static synchronized Font font(String file) throws Exception {
        Font font = FONTS.get(file);
        if (font == null) {
            try (InputStream in = EngineGlyphs.class.getResourceAsStream(file)) {
                font = Font.createFont(Font.TRUETYPE_FONT, in).deriveFont(1000f);
            }
            FONTS.put(file, font);
        }
        return font;
    }
}
