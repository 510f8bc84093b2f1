package org.casenotes.supervision.core.packet.pdf;

import java.text.Normalizer;

/**
 * Stored text as the packet lays it out: in NFC, line breaks kept, other controls and
 * white space as plain spaces, explicit direction overrides removed
 * ({@link org.casenotes.supervision.api.text.DisplayText}). Characters that only steer layout
 * stay until layout has used them: isolates and direction marks for the bidi algorithm, the
 * soft hyphen for line breaking, joiners and variation selectors for shaping.
 */
final class DisplayText {

    private DisplayText() {
    }

    static String prepare(String text) {
        String normal = Normalizer.normalize(
                org.casenotes.supervision.api.text.DisplayText.neutralised(text),
                Normalizer.Form.NFC);
        StringBuilder out = null;
        for (int i = 0; i < normal.length(); i++) {
            char c = normal.charAt(i);
            char replacement = c;
            if (c == '\r') {
                replacement = 0;
            } else if (c != '\n' && (Character.isISOControl(c) || Character.isWhitespace(c))) {
                replacement = c == '\u2028' || c == '\u2029' ? '\n' : ' ';
            }
            if (replacement != c && out == null) {
                out = new StringBuilder(normal.length()).append(normal, 0, i);
            }
            if (out != null && replacement != 0) {
                out.append(replacement);
            }
        }
        return out == null ? normal : out.toString();
    }

    /** For the viewer's own fonts (bookmarks, metadata): one line, nothing substituted. */
    static String plain(String text) {
        StringBuilder out = new StringBuilder(text.length());
        Normalizer.normalize(org.casenotes.supervision.api.text.DisplayText.neutralised(text),
                Normalizer.Form.NFC).codePoints().forEach(codePoint ->
                out.appendCodePoint(Character.isISOControl(codePoint) ? ' ' : codePoint));
        return out.toString().strip();
    }

    /** Characters that steer layout and are never drawn themselves. */
    static boolean isInvisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT
                || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF)
                || codePoint == 0x034F;
    }

    /** Characters that only the bidi algorithm reads: isolates, marks, ALM. */
    static boolean isBidiControl(int codePoint) {
        return (codePoint >= 0x2066 && codePoint <= 0x2069) || codePoint == 0x200E
                || codePoint == 0x200F || codePoint == 0x061C;
    }
}
