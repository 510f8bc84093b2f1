package org.casenotes.supervision.core.packet.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * One document's fonts: which family draws each character, the faces embedded so far (only
 * those a packet uses end up in the file, each subset to its glyphs) and the shaped-run cache.
 * Order of choice: DejaVu Sans; the host's own families; the plugin's fallbacks. A family
 * preferred for a script (Noto Sans Arabic for Arabic) wins over DejaVu for that script.
 * Not thread-safe: one per document.
 */
final class PacketFonts implements Closeable {

    /** The visible substitute for a character no family can draw. */
    static final int SUBSTITUTE = 0x25A1;

    private final PDDocument document;
    private final List<Family> families = new ArrayList<>();
    private final Map<Face, Embedded> embedded = new LinkedHashMap<>();
    private final Map<Integer, Family> chosen = new HashMap<>();
    private final Shaper shaper = new Shaper();

    PacketFonts(PDDocument document, List<Family> hostFamilies) {
        this.document = document;
        families.add(FontShelf.DEJAVU);
        families.addAll(hostFamilies);
        families.addAll(FontShelf.FALLBACKS);
    }

    Shaper shaper() {
        return shaper;
    }

    Family defaultFamily() {
        return FontShelf.DEJAVU;
    }

    /**
     * The family that draws {@code codePoint}, or {@code null} when none can. Characters that
     * belong to no script (spaces, digits, punctuation, marks, joiners) stay in {@code current}
     * when it has them, so a run is not split at every space.
     */
    Family familyFor(int codePoint, Family current) {
        UnicodeScript script = UnicodeScript.of(codePoint);
        boolean neutral = script == UnicodeScript.COMMON || script == UnicodeScript.INHERITED;
        // Emoji are drawn in the emoji face only as whole sequences: a space or digit after an
        // emoji goes back to the text faces.
        if (neutral && current != null && current != FontShelf.EMOJI && current.covers(codePoint)) {
            return current;
        }
        return chosen.computeIfAbsent(codePoint, c -> {
            for (Family family : families) {
                if (family.preferredFor(script) && family.covers(c)) {
                    return family;
                }
            }
            for (Family family : families) {
                if (family.covers(c)) {
                    return family;
                }
            }
            return null;
        });
    }

    /**
     * The emoji family when the user-perceived character {@code text[start, end)} (see
     * {@link TextRuns#clusterEnd}) is an emoji sequence it draws whole: it has every code point,
     * and either no text face has the first one (👍) or the sequence asks for emoji
     * presentation (a variation selector U+FE0F, a skin tone U+1F3FB..U+1F3FF, a keycap
     * U+20E3, a zero width joiner or tag characters, as in ❤️, 1️⃣, 👍🏽, 👨‍👩‍👧). Otherwise
     * {@code null}, and each code point takes its family as usual.
     */
    Family emojiFor(String text, int start, int end) {
        int first = text.codePointAt(start);
        boolean presentation = false;
        for (int i = start; i < end; ) {
            int c = text.codePointAt(i);
            if (!FontShelf.EMOJI.covers(c)) {
                return null;
            }
            presentation |= i > start && isEmojiModifier(c);
            i += Character.charCount(c);
        }
        return presentation || familyFor(first, null) == FontShelf.EMOJI ? FontShelf.EMOJI : null;
    }

    /** Whether a character after an emoji's first one makes it an emoji sequence. */
    static boolean isEmojiModifier(int c) {
        return c == 0xFE0F || c == 0x200D || c == 0x20E3 || (c >= 0x1F3FB && c <= 0x1F3FF)
                || (c >= 0xE0020 && c <= 0xE007F);
    }

    /** The face embedded in this document, embedding it on first use. */
    Embedded embedded(Face face) {
        return embedded.computeIfAbsent(face, f -> {
            try {
                return new Embedded(document, f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** How many characters of {@code text} no family can draw, as the packet counts them. */
    int undrawable(String text) {
        return TextRuns.substitutions(this, DisplayText.prepare(text));
    }

    /** Subsets every embedded face to the glyphs drawn; call once, before saving. */
    void finish() {
        for (Embedded face : embedded.values()) {
            face.finish();
        }
    }

    /**
     * The text for places the viewer draws with its own fonts (bookmarks, metadata): in NFC,
     * on one line, controls as spaces, explicit direction overrides removed; nothing
     * substituted.
     */
    static String plain(String text) {
        return DisplayText.plain(text);
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Embedded face : embedded.values()) {
            try {
                face.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
