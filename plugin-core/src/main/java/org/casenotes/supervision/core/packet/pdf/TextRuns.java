package org.casenotes.supervision.core.packet.pdf;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out one line of prepared text ({@link DisplayText#prepare}) in logical order: the
 * Unicode Bidirectional Algorithm ({@link java.text.Bidi}) splits it into directional runs and
 * orders them visually; each run is split where the drawing family changes and each piece is
 * shaped once. Bidi controls and soft hyphens are dropped after use, except that a soft hyphen
 * ending the line is drawn as a hyphen. An emoji sequence (skin tone, ZWJ, flag, keycap) is
 * kept whole in the emoji face, whose ligatures draw it. A character no family has becomes one
 * visible {@code □} per user-perceived character, counted. Not thread-safe (shares the document's fonts).
 */
final class TextRuns {

    private static final char SOFT_HYPHEN = '\u00AD';

    private TextRuns() {
    }

    /**
     * One drawn piece: shaped glyphs, the family and weight they are drawn in, and the text
     * they stand for when that is not what the glyphs' own Unicode mapping gives.
     */
    record Piece(Glyphs glyphs, Family family, boolean bold, String actualText) {
    }

    /** A laid-out line: its pieces in visual order and its width in thousandths of the size. */
    record Line(List<Piece> pieces, float advance) {
    }

    /**
     * @param direction {@code null} to take the line's direction from its first strong
     *     character, else whether it is part of a right-to-left paragraph
     */
    static Line layout(PacketFonts fonts, String line, boolean bold, Boolean direction) {
        List<Piece> pieces = new ArrayList<>();
        char[] chars = line.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length) && direction != Boolean.TRUE) {
            run(fonts, line, 0, line.length(), false, bold, pieces);
        } else {
            Bidi bidi = new Bidi(line, direction == null ? Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT
                    : direction ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
            int count = bidi.getRunCount();
            byte[] levels = new byte[count];
            Integer[] order = new Integer[count];
            for (int i = 0; i < count; i++) {
                levels[i] = (byte) bidi.getRunLevel(i);
                order[i] = i;
            }
            Bidi.reorderVisually(levels, 0, order, 0, count);
            for (Integer i : order) {
                run(fonts, line, bidi.getRunStart(i), bidi.getRunLimit(i),
                        (levels[i] & 1) == 1, bold, pieces);
            }
        }
        float advance = 0;
        for (Piece piece : pieces) {
            advance += piece.glyphs().advance();
        }
        return new Line(pieces, advance);
    }

    /** How many substitutes the text needs (one per user-perceived character). */
    static int substitutions(PacketFonts fonts, String text) {
        int count = 0;
        Family current = null;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (DisplayText.isInvisible(c) || Character.isISOControl(c)
                    || Character.isWhitespace(c)) {
                i += Character.charCount(c);
                continue;
            }
            int next = i + Character.charCount(c);
            if (mayStartEmoji(text, c, next)) {
                int end = clusterEnd(text, i);
                if (fonts.emojiFor(text, i, end) != null) {
                    current = FontShelf.EMOJI;
                    i = end;
                    continue;
                }
            }
            Family family = fonts.familyFor(c, current);
            if (family == null) {
                count++;
                i = clusterEnd(text, i);
            } else {
                current = family;
                i += Character.charCount(c);
            }
        }
        return count;
    }

    /**
     * Whether an emoji sequence may start at {@code c}: a character of no script from U+2000 on
     * (symbols, pictographs, regional indicators), or any followed by an emoji modifier (a
     * keycap's digit).
     * Cheap, so plain text pays nothing for emoji.
     */
    private static boolean mayStartEmoji(String text, int c, int next) {
        return c >= 0x2000 && Character.UnicodeScript.of(c) == Character.UnicodeScript.COMMON
                || next < text.length() && PacketFonts.isEmojiModifier(text.codePointAt(next));
    }

    /** One directional run, appended to {@code out} in visual order. */
    private static void run(PacketFonts fonts, String line, int start, int limit,
            boolean rightToLeft, boolean bold, List<Piece> out) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Family current = null;
        int i = start;
        while (i < limit) {
            int c = line.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c == SOFT_HYPHEN) {
                if (next == line.length() && text.length() > 0) {
                    flush(fonts, current, text, rightToLeft, bold, pieces);
                    pieces.add(shaped(fonts, fonts.defaultFamily(), "-", false, bold, "\u00AD"));
                }
                i = next;
                continue;
            }
            if (DisplayText.isBidiControl(c)) {
                i = next;
                continue;
            }
            if (mayStartEmoji(line, c, next)) {
                int end = Math.min(limit, clusterEnd(line, i));
                if (fonts.emojiFor(line, i, end) != null) {
                    if (current != FontShelf.EMOJI && text.length() > 0) {
                        flush(fonts, current, text, rightToLeft, bold, pieces);
                    }
                    current = FontShelf.EMOJI;
                    text.append(line, i, end);
                    i = end;
                    continue;
                }
            }
            Family family = DisplayText.isInvisible(c) && current != null ? current
                    : fonts.familyFor(c, current);
            if (family == null) {
                int end = Math.min(limit, clusterEnd(line, i));
                flush(fonts, current, text, rightToLeft, bold, pieces);
                pieces.add(shaped(fonts, fonts.defaultFamily(),
                        new String(Character.toChars(PacketFonts.SUBSTITUTE)), false, bold,
                        line.substring(i, end)));
                i = end;
                continue;
            }
            if (family != current && text.length() > 0) {
                flush(fonts, current, text, rightToLeft, bold, pieces);
            }
            current = family;
            text.appendCodePoint(c);
            i = next;
        }
        flush(fonts, current, text, rightToLeft, bold, pieces);
        if (rightToLeft) {
            for (int p = pieces.size() - 1; p >= 0; p--) {
                out.add(pieces.get(p));
            }
        } else {
            out.addAll(pieces);
        }
    }

    private static void flush(PacketFonts fonts, Family family, StringBuilder text,
            boolean rightToLeft, boolean bold, List<Piece> out) {
        if (text.length() == 0) {
            return;
        }
        String logical = text.toString();
        text.setLength(0);
        out.add(shaped(fonts, family == null ? fonts.defaultFamily() : family, logical,
                rightToLeft, bold, null));
    }

    private static Piece shaped(PacketFonts fonts, Family family, String logical,
            boolean rightToLeft, boolean bold, String actualText) {
        Face face = family.face(bold);
        Glyphs glyphs = fonts.shaper().shape(face, logical, rightToLeft);
        // Glyphs looked up one to one map back through the font's ToUnicode; shaped ones
        // (joined, reordered, ligated) carry their text. A right-to-left piece's text is given
        // in drawing order, like the glyphs it stands for: extractors (pdftotext, PDFBox)
        // reverse right-to-left text on the page back into logical order.
        String actual = actualText != null ? actualText
                : !rightToLeft && isSimple(face, logical) ? null
                : mapsBack(face, logical, glyphs, rightToLeft) ? null
                : rightToLeft ? reversedForExtraction(logical) : logical;
        return new Piece(glyphs, family, bold, actual);
    }

    /**
     * The text reversed code point by code point, as pdftotext reverses right-to-left text back.
     * When the reversed text would start with a mark (the logical text ends with one, like a
     * final sukun), a right-to-left mark (U+200F, invisible) goes first: pdftotext otherwise
     * moves a leading mark to the front of the line.
     */
    static String reversedForExtraction(String text) {
        String reversed = new StringBuilder(text).reverse().toString();
        return !reversed.isEmpty() && isMark(reversed.codePointAt(0)) ? "\u200F" + reversed
                : reversed;
    }

    private static boolean isMark(int c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /**
     * Whether the glyphs are exactly the cmap glyphs of the text's visible characters, in
     * drawing order: then each glyph's ToUnicode entry gives the text back and extractors
     * order right-to-left text themselves.
     */
    private static boolean mapsBack(Face face, String logical, Glyphs glyphs, boolean rightToLeft) {
        int[] ids = glyphs.ids();
        int n = 0;
        int i = rightToLeft ? logical.length() : 0;
        while (rightToLeft ? i > 0 : i < logical.length()) {
            int c = rightToLeft ? logical.codePointBefore(i) : logical.codePointAt(i);
            i += rightToLeft ? -Character.charCount(c) : Character.charCount(c);
            if (isVariationSelector(c)) {
                // No glyph carries it (❤ and ❤️ draw alike): the piece needs its ActualText.
                return false;
            }
            if (DisplayText.isInvisible(c)) {
                continue;
            }
            if (n >= ids.length || ids[n] != face.cmapGlyph(c)) {
                return false;
            }
            n++;
        }
        return n == ids.length;
    }

    private static boolean isVariationSelector(int c) {
        return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0xE0100 && c <= 0xE01EF);
    }

    private static boolean isSimple(Face face, String text) {
        for (int i = 0; i < text.length(); i++) {
            if (face.simpleGlyph(text.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where the user-perceived character starting at {@code i} ends: a base with its marks,
     * variation selectors, emoji skin tones, tags, keycaps and zero-width-joined successors.
     * Written here because the JDK 17 character iterator splits emoji sequences.
     */
    static int clusterEnd(String text, int i) {
        int end = i + Character.charCount(text.codePointAt(i));
        while (end < text.length()) {
            int c = text.codePointAt(end);
            int type = Character.getType(c);
            if (c == 0x200D && end + 1 < text.length()) {
                end += 1;
                end += Character.charCount(text.codePointAt(end));
            } else if ((c >= 0x1F3FB && c <= 0x1F3FF) || (c >= 0xFE00 && c <= 0xFE0F)
                    || (c >= 0xE0020 && c <= 0xE007F) || c == 0x20E3
                    || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK) {
                end += Character.charCount(c);
            } else {
                break;
            }
        }
        return end;
    }
}
