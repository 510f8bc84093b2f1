package org.casenotes.supervision.core.packet.pdf;

import java.text.Bidi;

/**
 * Puts one line of logical-order text into the visual order a PDF draws it in, so right-to-left
 * runs (Hebrew) read correctly beside left-to-right ones.
 */
final class BidiText {

    private BidiText() {
    }

    /** Whether a paragraph reads right to left: its first strong character is, say, Hebrew. */
    static boolean rightToLeft(String paragraph) {
        char[] chars = paragraph.toCharArray();
        return Bidi.requiresBidi(chars, 0, chars.length)
                && !new Bidi(paragraph, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    }

    /** The line in visual order, its direction taken from its own first strong character. */
    static String visual(String line) {
        return visual(line, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
    }

    /** The line in visual order, as part of a paragraph of the given direction. */
    static String visual(String line, boolean rightToLeft) {
        return visual(line, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT
                : Bidi.DIRECTION_LEFT_TO_RIGHT);
    }

    private static String visual(String line, int direction) {
        char[] chars = line.toCharArray();
        if (!Bidi.requiresBidi(chars, 0, chars.length)) {
            return line;
        }
        Bidi bidi = new Bidi(line, direction);
        int runs = bidi.getRunCount();
        byte[] levels = new byte[runs];
        String[] texts = new String[runs];
        for (int i = 0; i < runs; i++) {
            levels[i] = (byte) bidi.getRunLevel(i);
            String run = line.substring(bidi.getRunStart(i), bidi.getRunLimit(i));
            texts[i] = (levels[i] & 1) == 1 ? reversed(run) : run;
        }
        Object[] ordered = texts.clone();
        Bidi.reorderVisually(levels, 0, ordered, 0, runs);
        StringBuilder visual = new StringBuilder(line.length());
        for (Object run : ordered) {
            visual.append(run);
        }
        return visual.toString();
    }

    /** Reverses by character cluster (a base and its combining marks), mirroring brackets. */
    private static String reversed(String run) {
        StringBuilder out = new StringBuilder(run.length());
        int end = run.length();
        while (end > 0) {
            int start = end;
            int base;
            do {
                base = run.codePointBefore(start);
                start -= Character.charCount(base);
            } while (start > 0 && isMark(base));
            StringBuilder cluster = new StringBuilder(run.substring(start, end));
            int first = cluster.codePointAt(0);
            cluster.replace(0, Character.charCount(first), new String(Character.toChars(mirror(first))));
            out.append(cluster);
            end = start;
        }
        return out.toString();
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static int mirror(int codePoint) {
        return switch (codePoint) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            default -> codePoint;
        };
    }
}
