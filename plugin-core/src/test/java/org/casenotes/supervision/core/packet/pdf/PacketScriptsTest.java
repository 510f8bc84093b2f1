package org.casenotes.supervision.core.packet.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.casenotes.supervision.core.packet.VeraPdf;
import org.casenotes.supervision.core.packet.pdf.DrawnGlyphs.Drawn;
import org.casenotes.supervision.core.packet.pdf.EngineGlyphs.Placed;
import org.casenotes.supervision.core.packet.pdf.EngineGlyphs.Run;
import org.casenotes.supervision.core.packet.pdf.ScriptCases.Case;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each script a practice meets, rendered to PDF/A-3b and checked glyph by glyph against the
 * shaping engine's own output for the same text and font file: same glyph ids in the same
 * visual order, each placed where the engine places it relative to the glyph before (within
 * the widths array's rounding, a thousandth of an em), marks raised or lowered exactly; then
 * pdftotext must give the logical text back and veraPDF must pass.
 */
class PacketScriptsTest {

    /** The widths array rounds advances to thousandths; the canvas corrects past half. */
    private static final float TOLERANCE = 1.0f * ScriptSample.SIZE / 1000f + 1e-3f;

    @TempDir
    Path folder;

    static List<Case> cases() {
        return ScriptCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void drawsTheEnginesGlyphsAtTheEnginesPositions(Case sample) throws Exception {
        Path pdf = folder.resolve("sample.pdf");
        ScriptSample.render(sample.input(), sample.width(), pdf);

        List<Drawn> drawn = DrawnGlyphs.of(pdf);
        List<List<Placed>> expected = new ArrayList<>();
        for (List<Run> line : sample.lines()) {
            expected.add(EngineGlyphs.line(line));
        }
        int at = 0;
        for (List<Placed> line : expected) {
            assertThat(drawn.size()).as("glyphs drawn").isGreaterThanOrEqualTo(at + line.size());
            List<Drawn> actual = drawn.subList(at, at + line.size());
            for (int i = 0; i < line.size(); i++) {
                Placed want = line.get(i);
                Drawn got = actual.get(i);
                assertThat(got.font()).as("font of glyph %d", i).isEqualTo(want.font());
                assertThat(got.glyph()).as("glyph %d", i).isEqualTo(want.glyph());
                if (i > 0) {
                    float wantDx = (want.x() - line.get(i - 1).x()) * ScriptSample.SIZE / 1000f;
                    float wantDy = (want.y() - line.get(i - 1).y()) * ScriptSample.SIZE / 1000f;
                    assertThat(got.x() - actual.get(i - 1).x()).as("x step to glyph %d", i)
                            .isCloseTo(wantDx, within(TOLERANCE));
                    assertThat(got.y() - actual.get(i - 1).y()).as("y step to glyph %d", i)
                            .isCloseTo(wantDy, within(1e-3f));
                }
            }
            at += line.size();
        }
        assertThat(drawn).as("nothing else drawn").hasSize(at);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void pdftotextGivesTheLogicalTextBack(Case sample) throws Exception {
        Path pdf = folder.resolve("sample.pdf");
        ScriptSample.render(sample.input(), sample.width(), pdf);

        String text = Poppler.text(pdf);

        assertThat(squeezed(text)).isEqualTo(squeezed(sample.extracted()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isPdfA3b(Case sample) throws Exception {
        Path pdf = folder.resolve("sample.pdf");
        ScriptSample.render(sample.input(), sample.width(), pdf);

        assertThat(VeraPdf.pdfA3bFailures(pdf)).isEmpty();
    }

    /**
     * NFC, without white space, soft hyphens (a break's hyphen), the page break and the
     * embedding marks pdftotext puts around right-to-left runs (U+202B ... U+202C), and the
     * invisible direction marks (U+200E, U+200F).
     */
    private static String squeezed(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC)
                .replaceAll("[\\s\\u00AD\\f\\u202A-\\u202E\\u200E\\u200F]", "");
    }
}
