package org.casenotes.supervision.host.web;

import java.util.List;
import org.casenotes.supervision.api.error.FieldProblem;

/**
 * A problem the host itself answers (not one of the plugin's typed errors): sign-in required,
 * bad request body, too many attempts.
 */
public final class HttpProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient List<FieldProblem> problems;

    /**
     * Creates the problem.
     *
     * @param status the HTTP status
     * @param code a stable code
     * @param detail a readable sentence without client data
     * @param problems field problems, may be empty
     */
    public HttpProblem(int status, String code, String detail, List<FieldProblem> problems) {
        super(detail);
        this.status = status;
        this.code = code;
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates a problem without field problems.
     *
     * @param status the HTTP status
     * @param code a stable code
     * @param detail a readable sentence
     * @return the problem
     */
    public static HttpProblem of(int status, String code, String detail) {
        return new HttpProblem(status, code, detail, List.of());
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
