package org.casenotes.supervision.core.json;

import java.util.ArrayList;
import java.util.List;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ValidationException;

/** Collects every problem of a document, so the caller can report them all at once. Not thread-safe. */
public final class Problems {

    private final List<FieldProblem> problems = new ArrayList<>();

    /**
     * Records a problem.
     *
     * @param path the JSON Pointer of the field
     * @param code the stable code
     * @param message what to change
     */
    public void add(String path, String code, String message) {
        problems.add(new FieldProblem(path, code, message));
    }

    /**
     * Tells whether a problem was recorded at or below a path.
     *
     * @param path a JSON Pointer
     * @return {@code true} when one was
     */
    public boolean hasAt(String path) {
        return problems.stream().anyMatch(p -> p.path().equals(path) || p.path().startsWith(path + "/"));
    }

    /**
     * Tells whether nothing was recorded.
     *
     * @return {@code true} when the document is fine so far
     */
    public boolean isEmpty() {
        return problems.isEmpty();
    }

    /**
     * Throws the problems recorded, if any.
     *
     * @throws ValidationException with every problem, in the order found
     */
    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /**
     * Escapes one property name as a JSON Pointer token (RFC 6901).
     *
     * @param name the property name
     * @return the token
     */
    public static String token(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
