package org.casenotes.supervision.host.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.input.FreeText;

/**
 * The one way routes read query parameters other than days (see {@link DateInput}): a choice
 * is one of its allowed values exactly, and a text has only {@link FreeText}'s characters and
 * no character that stood for bytes that were not UTF-8. Anything else is a 400 problem at
 * {@code /name}, never silently read as a default. Thread-safe (stateless).
 */
public final class QueryInput {

    private QueryInput() {
    }

    /**
     * Reads an optional choice.
     *
     * @param ctx the request
     * @param name the parameter
     * @param allowed the values it may take
     * @return the value, or {@code null} when absent or empty
     * @throws HttpProblem 400 {@code not-allowed} for any other value
     */
    public static String choice(Context ctx, String name, Set<String> allowed) {
        String value = ctx.queryParam(name);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw problem(name, "not-allowed", "must be one of " + String.join(", ", new TreeSet<>(allowed)));
        }
        return value;
    }

    /**
     * Reads an optional text.
     *
     * @param ctx the request
     * @param name the parameter
     * @return the value, or {@code null} when absent
     * @throws HttpProblem 400 when it holds a forbidden or undecodable character
     */
    public static String text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null) {
            return null;
        }
        if (value.indexOf('\uFFFD') >= 0) {
            throw problem(name, "invalid-encoding", "is not valid UTF-8");
        }
        var characters = FreeText.problem("/" + name, value);
        if (characters.isPresent()) {
            throw new HttpProblem(400, "query.invalid", "a query parameter cannot be used", List.of(characters.get()));
        }
        return value;
    }

    private static HttpProblem problem(String name, String code, String detail) {
        return new HttpProblem(400, "query.invalid", "a query parameter cannot be used",
                List.of(new FieldProblem("/" + name, code, detail)));
    }
}
