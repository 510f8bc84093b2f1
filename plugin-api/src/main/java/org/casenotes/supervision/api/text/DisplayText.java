package org.casenotes.supervision.api.text;

/**
 * How stored text is made safe to show: explicit bidirectional embeddings and overrides
 * (U+202A LRE, U+202B RLE, U+202C PDF, U+202D LRO, U+202E RLO) are removed, so text cannot
 * reorder itself ({@code abc\u202Egpj.exe} shows as typed, not as "abcexe.jpg"); the Unicode
 * Bidirectional Algorithm then orders it from its letters alone. Isolates (U+2066..U+2069)
 * and marks (U+200E, U+200F, U+061C) are kept: they cannot disguise the text around them.
 * Stored text is never changed; only what is shown. The packet applies this to everything
 * it draws; a host applies it to what its own screens show. Stateless and thread-safe.
 */
public final class DisplayText {

    private DisplayText() {
    }

    /**
     * The text without explicit embeddings and overrides.
     *
     * @param text any text, or {@code null}
     * @return the text to show; {@code null} for {@code null}
     */
    public static String neutralised(String text) {
        if (text == null) {
            return null;
        }
        int at = firstOverride(text);
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        out.append(text, 0, at);
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isOverride(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether a character is an explicit embedding, override or their terminator
     * (U+202A..U+202E).
     *
     * @param c a UTF-16 unit
     * @return whether {@link #neutralised} removes it
     */
    public static boolean isOverride(char c) {
        return c >= '\u202A' && c <= '\u202E';
    }

    private static int firstOverride(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isOverride(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
