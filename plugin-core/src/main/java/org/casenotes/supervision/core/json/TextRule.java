package org.casenotes.supervision.core.json;

/**
 * The rules of one text field: whether it is required, its longest length in characters (Unicode
 * code points, as JSON Schema counts them), and the characters it may hold: those of
 * {@link org.casenotes.supervision.api.input.FreeText}, the one rule for every free text.
 *
 * @param required whether the field must be present and not blank
 * @param maxLength the longest allowed length in code points
 */
public record TextRule(boolean required, int maxLength) {

    /**
     * A required text.
     *
     * @param maxLength the longest allowed length
     * @return the rule
     */
    public static TextRule required(int maxLength) {
        return new TextRule(true, maxLength);
    }

    /**
     * An optional text.
     *
     * @param maxLength the longest allowed length
     * @return the rule
     */
    public static TextRule optional(int maxLength) {
        return new TextRule(false, maxLength);
    }

    /**
     * Checks a text, recording its problems.
     *
     * @param text the text
     * @param path its JSON Pointer
     * @param problems where problems go
     * @return {@code true} when it has none
     */
    public boolean check(String text, String path, Problems problems) {
        boolean ok = true;
        if (required && isBlank(text)) {
            problems.add(path, "blank", "must not be empty or only spaces");
            ok = false;
        }
        int length = text.codePointCount(0, text.length());
        if (length > maxLength) {
            problems.add(path, "too-long", "is " + length + " characters long; at most " + maxLength + " are allowed");
            ok = false;
        }
        var characters = org.casenotes.supervision.api.input.FreeText.problem(path, text);
        if (characters.isPresent()) {
            problems.add(path, characters.get().code(), characters.get().message());
            return false;
        }
        return ok;
    }

    /**
     * Blank means nothing but spaces, tabs and line breaks, exactly what the published schema's
     * pattern {@value #NOT_BLANK_PATTERN} rejects.
     *
     * @param text the text
     * @return {@code true} when blank
     */
    public static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** The schema pattern a non-blank text matches. */
    public static final String NOT_BLANK_PATTERN = "[^ \\t\\n\\r]";

    /** The schema pattern a text without forbidden control characters matches. */
    public static final String NO_CONTROL_PATTERN = org.casenotes.supervision.api.input.FreeText.SCHEMA_PATTERN;

}
