package org.casenotes.supervision.core.packet.pdf;

import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Set;

/**
 * The families the plugin carries: DejaVu Sans (the default, Latin, Greek, Cyrillic and
 * symbols), then fallbacks for what it lacks or draws poorly: Noto Sans Arabic, Hebrew,
 * Devanagari and Thai (SIL OFL 1.1) and Droid Sans Fallback for Chinese, Japanese and Korean
 * (Apache 2.0), and last Noto Emoji (monochrome, SIL OFL 1.1) for emoji, whose ligatures join a
 * skin tone, a ZWJ sequence or a flag into one glyph. Each file is read the first time a packet
 * needs it and kept for the JVM's life.
 */
final class FontShelf {

    static final Family DEJAVU = family("DejaVu Sans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
            Set.of());
    /** Emoji: chosen for whole emoji sequences (see {@link PacketFonts#emojiFor}). */
    static final Family EMOJI = family("Noto Emoji", "NotoEmoji-Regular.ttf", null, Set.of());
    static final List<Family> FALLBACKS = List.of(
            family("Noto Sans Arabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf",
                    Set.of(UnicodeScript.ARABIC)),
            family("Noto Sans Hebrew", "NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf",
                    Set.of(UnicodeScript.HEBREW)),
            family("Noto Sans Devanagari", "NotoSansDevanagari-Regular.ttf",
                    "NotoSansDevanagari-Bold.ttf", Set.of(UnicodeScript.DEVANAGARI)),
            family("Noto Sans Thai", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf",
                    Set.of(UnicodeScript.THAI)),
            family("Droid Sans Fallback", "DroidSansFallback.ttf", null,
                    Set.of(UnicodeScript.HAN, UnicodeScript.HIRAGANA, UnicodeScript.KATAKANA,
                            UnicodeScript.HANGUL, UnicodeScript.BOPOMOFO)),
            EMOJI);

    private FontShelf() {
    }

    private static Family family(String name, String regular, String bold,
            Set<UnicodeScript> scripts) {
        return new Family(name, () -> Face.resource(regular),
                bold == null ? null : () -> Face.resource(bold), scripts);
    }
}
