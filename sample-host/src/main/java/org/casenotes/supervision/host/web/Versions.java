package org.casenotes.supervision.host.web;

import java.lang.reflect.RecordComponent;
import java.util.Set;
import org.casenotes.supervision.api.error.FieldProblem;

/**
 * The rule for version numbers in every request body: a field named {@code version} or
 * {@code expectedVersion} counts changes, so it is 0 or more. Checked once, where bodies are
 * read, rather than in each route.
 */
final class Versions {

    private static final Set<String> NAMES = Set.of("version", "expectedVersion");

    private Versions() {
    }

    /**
     * Refuses a negative version in a body record (top-level fields only; nested lists are
     * checked by their route).
     *
     * @param body the body read
     * @throws HttpProblem 400 with an {@code out-of-range} problem at the field's pointer
     */
    static void check(Object body) {
        if (!body.getClass().isRecord()) {
            return;
        }
        for (RecordComponent component : body.getClass().getRecordComponents()) {
            if (NAMES.contains(component.getName()) && value(component, body) instanceof Number n && n.longValue() < 0) {
                throw new HttpProblem(400, "body.invalid", "a version is 0 or more", java.util.List.of(
                        new FieldProblem("/" + component.getName(), "out-of-range", "the version is 0 or more")));
            }
        }
    }

    private static Object value(RecordComponent component, Object body) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(body);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
