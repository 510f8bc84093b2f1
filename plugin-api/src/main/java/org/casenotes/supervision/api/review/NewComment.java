package org.casenotes.supervision.api.review;

import java.util.ArrayList;
import java.util.List;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ValidationException;

/**
 * A comment to add to a note's review thread.
 *
 * @param parentId the comment this answers, or {@code null} to start a thread
 * @param entryIndex the disclosure entry it is about (0-based), or {@code -1} for the note
 * @param text the comment; not blank, at most {@value #MAX_LENGTH} characters
 */
public record NewComment(String parentId, int entryIndex, String text) {

    /** The longest comment accepted, in characters. */
    public static final int MAX_LENGTH = 4000;

    /**
     * Validates the comment.
     *
     * @throws ValidationException listing every problem ({@code /text} required or too-long,
     *     {@code /entryIndex} out-of-range)
     */
    public NewComment {
        List<FieldProblem> problems = new ArrayList<>();
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("/text", "required", "write the comment"));
        } else if (text.length() > MAX_LENGTH) {
            problems.add(new FieldProblem("/text", "too-long", "a comment has at most " + MAX_LENGTH + " characters"));
        } else if (hasControlCharacters(text)) {
            problems.add(new FieldProblem("/text", "invalid-character",
                    "control characters other than tabs and line breaks are not allowed"));
        }
        if (entryIndex < -1) {
            problems.add(new FieldProblem("/entryIndex", "out-of-range", "use -1 for the note or an entry's index"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /**
     * A comment on the whole note that starts a thread.
     *
     * @param text the comment
     * @return the comment
     */
    public static NewComment onNote(String text) {
        return new NewComment(null, -1, text);
    }

    /**
     * A comment on one disclosure entry that starts a thread.
     *
     * @param entryIndex the entry's index (0-based)
     * @param text the comment
     * @return the comment
     */
    public static NewComment onEntry(int entryIndex, String text) {
        return new NewComment(null, entryIndex, text);
    }

    /**
     * A reply within an existing thread; it concerns what its parent concerns.
     *
     * @param parentId the comment answered
     * @param text the reply
     * @return the reply
     */
    public static NewComment reply(String parentId, String text) {
        return new NewComment(parentId, -1, text);
    }

    /**
     * Tells whether a text holds a control character other than tab, line feed and carriage
     * return, or an unpaired surrogate.
     *
     * @param text the text
     * @return {@code true} when it does
     */
    public static boolean hasControlCharacters(String text) {
        return org.casenotes.supervision.api.input.FreeText.firstForbidden(text) >= 0;
    }
}
