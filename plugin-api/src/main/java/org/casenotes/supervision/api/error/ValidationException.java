package org.casenotes.supervision.api.error;

import java.util.List;
import java.util.stream.Collectors;

/** The input has one or more problems; all of them are listed, and nothing was stored. */
public final class ValidationException extends SupervisionException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    /**
     * Creates the error from its problems.
     *
     * @param problems every problem found; not empty
     * @throws IllegalArgumentException when {@code problems} is empty
     */
    public ValidationException(List<FieldProblem> problems) {
        super("validation.failed", summary(problems), null);
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates the error for a single problem.
     *
     * @param path the field's JSON Pointer
     * @param code the problem's code
     * @param message what to change
     * @return the error
     */
    public static ValidationException of(String path, String code, String message) {
        return new ValidationException(List.of(new FieldProblem(path, code, message)));
    }

    /**
     * Every problem found, in document order.
     *
     * @return the problems; never empty
     */
    public List<FieldProblem> problems() {
        return problems;
    }

    private static String summary(List<FieldProblem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a validation error needs at least one problem");
        }
        return (problems.size() == 1 ? "1 problem: " : problems.size() + " problems: ") + problems.stream()
                .map(p -> (p.path().isEmpty() ? "/" : p.path()) + " " + p.code())
                .collect(Collectors.joining(", "));
    }
}
