package org.casenotes.supervision.core.packet.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text the shaper looks up without the engine (Latin, Greek, Cyrillic spacing characters)
 * gets the engine's glyphs, and advances within the widths array's rounding: checked for every
 * such code point, each alone and all of them in one run (so no context changes a glyph).
 */
class FastPathTest {

    @ParameterizedTest
    @ValueSource(strings = {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf"})
    void everySimpleCodePointGetsTheEnginesGlyphAndAdvance(String file) {
        Face face = Face.resource(file);
        StringBuilder all = new StringBuilder();
        for (int c = 0; c < 0x0530; c++) {
            if (face.simpleGlyph(c) >= 0) {
                all.append((char) c);
                Glyphs engine = Shaper.engine(face, String.valueOf((char) c), false);
                assertThat(engine.ids()).as("U+%04X", c).containsExactly(face.simpleGlyph(c));
                assertThat(face.simpleAdvance(c)).as("U+%04X", c)
                        .isCloseTo(engine.advance(), within(0.5f));
            }
        }
        assertThat(all.length()).isGreaterThan(900);
        Glyphs fast = new Shaper().shape(face, all.toString(), false);
        Glyphs engine = Shaper.engine(face, all.toString(), false);
        assertThat(fast.ids()).containsExactly(engine.ids());
    }
}
