package org.casenotes.supervision.core.packet.pdf;

import java.awt.Font;
import java.awt.font.GlyphVector;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shapes runs of one face and one direction with the JDK's OpenType layout (HarfBuzz inside
 * the JDK): contextual forms and ligatures (Arabic joining, Devanagari conjuncts, Thai marks),
 * ZWJ/ZWNJ honoured, mark positions from the font's GPOS. Text that needs no shaping (see
 * {@link Face#simpleGlyph}) is looked up directly, with the same result. Shaped runs are
 * cached, since headers, labels and common words repeat on every page. Glyphs of invisible
 * characters (joiners, selectors) are left out. Not thread-safe: one per document.
 */
final class Shaper {

    private static final int CACHE = 4096;

    private final Map<Key, Glyphs> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Glyphs> eldest) {
            return size() > CACHE;
        }
    };

    /*
     * Written out rather than generated: a record's generated equals and hashCode bootstrap
     * through java.lang.runtime.ObjectMethods, whose JDK 17 static method handles keep the
     * last record type they were adapted to in their asTypeCache. For a record of this plugin
     * that strongly holds the plugin's class loader after the plugin is unloaded.
     */
    private record Key(Face face, String text, boolean rightToLeft) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && face == key.face && rightToLeft == key.rightToLeft
                    && text.equals(key.text);
        }

        @Override
        public int hashCode() {
            int hash = System.identityHashCode(face) * 31 + text.hashCode();
            return hash * 31 + Boolean.hashCode(rightToLeft);
        }

        @Override
        public String toString() {
            return "Key[face=" + face.name() + ", text=" + text + ", rightToLeft=" + rightToLeft + "]";
        }
    }

    Glyphs shape(Face face, String text, boolean rightToLeft) {
        if (!rightToLeft) {
            Glyphs simple = simple(face, text);
            if (simple != null) {
                return simple;
            }
        }
        return cache.computeIfAbsent(new Key(face, text, rightToLeft),
                key -> engine(face, text, rightToLeft));
    }

    private static Glyphs simple(Face face, String text) {
        int n = text.length();
        int[] ids = new int[n];
        float[] x = new float[n];
        float pen = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int glyph = face.simpleGlyph(c);
            if (glyph < 0) {
                return null;
            }
            ids[i] = glyph;
            x[i] = pen;
            pen += face.simpleAdvance(c);
        }
        return new Glyphs(face, ids, x, new float[n], pen);
    }

    /** The engine's own output for the text, invisible glyphs left out. */
    static Glyphs engine(Face face, String text, boolean rightToLeft) {
        char[] chars = text.toCharArray();
        GlyphVector vector = face.shaping().layoutGlyphVector(Face.CONTEXT, chars, 0,
                chars.length, rightToLeft ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
        int count = vector.getNumGlyphs();
        float[] positions = vector.getGlyphPositions(0, count + 1, null);
        int[] ids = new int[count];
        float[] x = new float[count];
        float[] y = new float[count];
        int kept = 0;
        for (int i = 0; i < count; i++) {
            int glyph = vector.getGlyphCode(i);
            int source = text.codePointAt(vector.getGlyphCharIndex(i));
            if (glyph >= 0xFFFE || DisplayText.isInvisible(source)) {
                continue;
            }
            ids[kept] = glyph;
            x[kept] = positions[2 * i];
            y[kept] = -positions[2 * i + 1];
            kept++;
        }
        return new Glyphs(face, java.util.Arrays.copyOf(ids, kept),
                java.util.Arrays.copyOf(x, kept), java.util.Arrays.copyOf(y, kept),
                positions[2 * count]);
    }
}
