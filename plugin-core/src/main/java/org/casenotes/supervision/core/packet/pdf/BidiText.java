package org.casenotes.supervision.core.packet.pdf;

import java.text.Bidi;

/** The direction of a paragraph by the Unicode Bidirectional Algorithm (rules P2 and P3). */
final class BidiText {

    private BidiText() {
    }

    /** Whether a paragraph reads right to left: its first strong character is, say, Hebrew. */
    static boolean rightToLeft(String paragraph) {
        char[] chars = paragraph.toCharArray();
        return Bidi.requiresBidi(chars, 0, chars.length)
                && !new Bidi(paragraph, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    }
}
