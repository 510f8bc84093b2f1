package org.casenotes.supervision.api.input;

import java.util.Optional;
import org.casenotes.supervision.api.error.FieldProblem;

/**
 * The characters every free text may hold (agenda topics, case notes, feedback, action items,
 * comments, reasons, summaries, note text): anything but control characters (Unicode category
 * Cc, U+0000–U+001F and U+007F–U+009F) other than tab, line feed and carriage return, and
 * anything but a surrogate that is not half of a pair. PostgreSQL cannot store NUL, a control
 * character is invisible on screen and in a PDF, and a lone surrogate is no character at all
 * (it cannot be written as UTF-8). Thread-safe (stateless).
 */
public final class FreeText {

    /** The code of a problem for a control character. */
    public static final String CONTROL_CHARACTER = "control-character";
    /** The code of a problem for an unpaired surrogate. */
    public static final String UNPAIRED_SURROGATE = "invalid-character";
    /**
     * The JSON Schema (ECMA-262) pattern a text without control characters matches. It cannot
     * express unpaired surrogates, which the readers refuse as well.
     */
    public static final String SCHEMA_PATTERN = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]*$";

    private FreeText() {
    }

    /**
     * The first character a free text may not hold.
     *
     * @param text the text, not {@code null}
     * @return its index in UTF-16 units, or {@code -1} when every character is allowed
     */
    public static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || isForbiddenControl(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The problem of a free text's characters, if it has one.
     *
     * @param path the JSON Pointer of the field
     * @param text the text, not {@code null}
     * @return a {@value #CONTROL_CHARACTER} or {@value #UNPAIRED_SURROGATE} problem naming the
     *     position (never the text), or empty
     */
    public static Optional<FieldProblem> problem(String path, String text) {
        int at = firstForbidden(text);
        if (at < 0) {
            return Optional.empty();
        }
        if (Character.isSurrogate(text.charAt(at))) {
            return Optional.of(new FieldProblem(path, UNPAIRED_SURROGATE,
                    "contains an unpaired surrogate at position " + at));
        }
        return Optional.of(new FieldProblem(path, CONTROL_CHARACTER, "contains a control character at position " + at
                + "; only tabs and line breaks are allowed"));
    }

    private static boolean isForbiddenControl(char c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }
}
