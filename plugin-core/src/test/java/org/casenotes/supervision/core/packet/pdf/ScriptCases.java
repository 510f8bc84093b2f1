package org.casenotes.supervision.core.packet.pdf;

import static org.casenotes.supervision.core.packet.pdf.EngineGlyphs.Run.ltr;
import static org.casenotes.supervision.core.packet.pdf.EngineGlyphs.Run.rtl;

import java.util.List;
import org.casenotes.supervision.core.packet.pdf.EngineGlyphs.Run;

/** The texts a practice meets, each with how it must be laid out and read back. */
final class ScriptCases {

    static final String DEJAVU = "DejaVuSans.ttf";
    static final String ARABIC = "NotoSansArabic-Regular.ttf";
    static final String HEBREW = "NotoSansHebrew-Regular.ttf";
    static final String DEVANAGARI = "NotoSansDevanagari-Regular.ttf";
    static final String THAI = "NotoSansThai-Regular.ttf";
    static final String CJK = "DroidSansFallback.ttf";
    static final String EMOJI = "NotoEmoji-Regular.ttf";

    /**
     * One case.
     *
     * @param name what it shows
     * @param input the stored text
     * @param width the paragraph's width in points
     * @param lines per drawn line, its runs in visual order as the engine shapes them
     * @param extracted what text extraction must give back, white space aside
     */
    record Case(String name, String input, float width, List<List<Run>> lines, String extracted) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static final float LINE = Theme.CONTENT_WIDTH;

    static List<Case> all() {
        return List.of(
                new Case("Hebrew with niqqud", "שָׁלוֹם עֲלֵיכֶם", LINE,
                        List.of(List.of(rtl(HEBREW, "שָׁלוֹם עֲלֵיכֶם"))), "שָׁלוֹם עֲלֵיכֶם"),
                new Case("Arabic without harakat", "مرحبا بكم", LINE,
                        List.of(List.of(rtl(ARABIC, "مرحبا بكم"))), "مرحبا بكم"),
                new Case("Arabic with harakat", "مَرْحَبًا بِكُمْ", LINE,
                        List.of(List.of(rtl(ARABIC, "مَرْحَبًا بِكُمْ"))), "مَرْحَبًا بِكُمْ"),
                new Case("Persian with ZWNJ", "می\u200Cخواهم کتاب", LINE,
                        List.of(List.of(rtl(ARABIC, "می\u200Cخواهم کتاب"))), "می\u200Cخواهم کتاب"),
                new Case("Devanagari conjuncts", "क्षत्रिय श्रद्धा", LINE,
                        List.of(List.of(ltr(DEVANAGARI, "क्षत्रिय श्रद्धा"))), "क्षत्रिय श्रद्धा"),
                new Case("Thai", "สวัสดีครับ", LINE,
                        List.of(List.of(ltr(THAI, "สวัสดีครับ"))), "สวัสดีครับ"),
                new Case("Chinese", "你好，世界", LINE,
                        List.of(List.of(ltr(CJK, "你好，世界"))), "你好，世界"),
                new Case("Japanese", "こんにちは世界", LINE,
                        List.of(List.of(ltr(CJK, "こんにちは世界"))), "こんにちは世界"),
                new Case("Korean", "안녕하세요", LINE,
                        List.of(List.of(ltr(CJK, "안녕하세요"))), "안녕하세요"),
                new Case("Vietnamese stacked diacritics", "Nguye\u0302\u0303n Thi\u0323 q\u0323\u0302",
                        LINE, List.of(List.of(ltr(DEJAVU, "Nguyễn Thị q\u0323\u0302"))),
                        "Nguyễn Thị q\u0323\u0302"),
                new Case("Emoji with skin tone", "ok \uD83D\uDC4D\uD83C\uDFFD done", LINE,
                        List.of(List.of(ltr(DEJAVU, "ok "), ltr(EMOJI, "\uD83D\uDC4D\uD83C\uDFFD"),
                                ltr(DEJAVU, " done"))), "ok \uD83D\uDC4D\uD83C\uDFFD done"),
                new Case("Emoji ZWJ family, flag, keycap and heart",
                        "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \uD83C\uDDEA\uD83C\uDDF8 1\uFE0F\u20E3 \u2764\uFE0F 2",
                        LINE, List.of(List.of(ltr(EMOJI, "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67"),
                                ltr(DEJAVU, " "), ltr(EMOJI, "\uD83C\uDDEA\uD83C\uDDF8"), ltr(DEJAVU, " "),
                                ltr(EMOJI, "1\uFE0F\u20E3"), ltr(DEJAVU, " "), ltr(EMOJI, "\u2764\uFE0F"),
                                ltr(DEJAVU, " 2"))),
                        "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67 \uD83C\uDDEA\uD83C\uDDF8 1\uFE0F\u20E3 \u2764\uFE0F 2"),
                new Case("Soft hyphen inside a line", "psycho\u00ADtherapy notes", LINE,
                        List.of(List.of(ltr(DEJAVU, "psychotherapy notes"))), "psychotherapy notes"),
                new Case("Soft hyphen at a break", "psycho\u00ADtherapy", 50,
                        List.of(List.of(ltr(DEJAVU, "psycho"), ltr(DEJAVU, "-")),
                                List.of(ltr(DEJAVU, "therapy"))), "psychotherapy"),
                new Case("Isolates", "Client \u2067שלום 123\u2069 agreed", LINE,
                        List.of(List.of(ltr(DEJAVU, "Client "), ltr(DEJAVU, "123"),
                                rtl(HEBREW, "שלום "), ltr(DEJAVU, " agreed"))),
                        // A PDF keeps no isolates: pdftotext orders the words of a mixed line as
                        // drawn, each right-to-left word in logical order.
                        "Client 123 שלום agreed"),
                new Case("Overrides neutralised", "invoice abc\u202Egpj.exe\u202C sent", LINE,
                        List.of(List.of(ltr(DEJAVU, "invoice abcgpj.exe sent"))),
                        "invoice abcgpj.exe sent"));
    }

    private ScriptCases() {
    }
}
