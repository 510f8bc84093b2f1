package org.casenotes.supervision.api.error;

import java.util.Objects;

/**
 * One thing wrong with one field of an input.
 *
 * @param path the field's JSON Pointer (RFC 6901), such as {@code /entries/0/summary};
 *     {@code ""} for the whole document
 * @param code a stable code such as {@code required}, {@code too-long}, {@code not-allowed}
 * @param message a readable sentence that says what to change
 */
public record FieldProblem(String path, String code, String message) {

    /** Checks that nothing is null. */
    public FieldProblem {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
