package org.casenotes.supervision.host.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.casenotes.supervision.api.error.ConflictException;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.api.error.PolicyException;
import org.casenotes.supervision.api.error.StorageUnavailableException;
import org.casenotes.supervision.api.error.SupervisionException;
import org.casenotes.supervision.api.error.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error answered as an RFC 9457 {@code application/problem+json} document: the plugin's
 * typed errors by their kind, the host's own problems, malformed bodies, and anything
 * unexpected as a bare 500 that reveals nothing.
 */
final class Problems {

    static final String MEDIA_TYPE = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private Problems() {
    }

    static void addTo(JavalinDefaultRoutingApi routes, ProblemWords words) {
        routes.exception(SupervisionException.class, (e, ctx) -> {
            int status = statusOf(e);
            if (status == 409) {
                // The person reads the vocabulary's sentence; support reads what lost and where.
                // The plugin's messages carry no client-identifying text (SupervisionException).
                LOG.info("answered 409 {} to {} {}: {} (at {})", e.code(), ctx.method(),
                        ctx.endpoint() == null ? "?" : ctx.endpoint().path, e.getMessage(), thrownAt(e));
            }
            answer(ctx, words, status, e.code(), e.getMessage(), fields(e));
        });
        routes.exception(HttpProblem.class, (e, ctx) -> answer(ctx, words, e.status(), e.code(), e.getMessage(),
                e.problems()));
        routes.exception(JsonBodies.JsonBodyException.class, (e, ctx) -> answer(ctx, words, 400, "body.malformed",
                "the request body is not valid JSON of the expected shape", List.of(fieldOf(e.json()))));
        routes.exception(HttpResponseException.class, (e, ctx) -> answer(ctx, words, e.getStatus(),
                "http." + e.getStatus(), e.getMessage(), List.of()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("unexpected {} on {} {}", e.getClass().getName(), ctx.method(), ctx.endpoint() == null ? "?" : ctx.endpoint().path);
            answer(ctx, words, 500, "internal", "something went wrong on the server; nothing was changed", List.of());
        });
        routes.error(404, MEDIA_TYPE, ctx -> { });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                answer(ctx, words, 404, "route.not-found", "no such resource", List.of());
            }
        });
    }

    /** The plugin's four innermost frames where it threw: class, method and line each, no values. */
    static String thrownAt(Throwable e) {
        java.util.StringJoiner frames = new java.util.StringJoiner(" < ");
        int kept = 0;
        for (StackTraceElement frame : e.getStackTrace()) {
            if (kept < 4 && frame.getClassName().startsWith("org.casenotes.supervision.core.")) {
                frames.add(frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1) + "."
                        + frame.getMethodName() + ":" + frame.getLineNumber());
                kept++;
            }
        }
        return kept == 0 ? "?" : frames.toString();
    }

    static int statusOf(SupervisionException e) {
        if (e instanceof ValidationException validation) {
            boolean structural = validation.problems().stream().anyMatch(p -> STRUCTURAL.contains(p.code()));
            return structural ? 400 : 422;
        }
        if (e instanceof NotFoundException) {
            return 404;
        }
        if (e instanceof ForbiddenException) {
            return 403;
        }
        if (e instanceof ConflictException || e instanceof InvalidStateException) {
            return 409;
        }
        if (e instanceof PolicyException) {
            return 422;
        }
        if (e instanceof StorageUnavailableException) {
            return 503;
        }
        // HostFailureException: one of this host's own parts failed inside a plugin call.
        return 500;
    }

    /** Codes that mean the body does not have the expected shape, answered 400 rather than 422. */
    private static final java.util.Set<String> STRUCTURAL = java.util.Set.of(
            "unknown-property", "malformed-json", "wrong-type", "invalid-json", "not-allowed-property", "duplicate-key",
            "invalid-date", "invalid-date-time", "date-out-of-range");

    /**
     * Answers a problem document. What a person reads ({@code title}, {@code detail}, each
     * error's {@code detail}) is in the request's language and names fields by their labels;
     * the machine-readable {@code code} and each error's {@code pointer} and {@code code} stay
     * as they are. A code the message files have no sentence for keeps the thrower's message.
     */
    static void answer(Context ctx, ProblemWords words, int status, String code, String message,
            List<FieldProblem> problems) {
        UnreadBodies.drain(ctx);
        Locale locale = language(ctx);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "https://casenotes.org/problems/" + code);
        body.put("title", words.title(status, locale));
        body.put("status", status);
        body.put("detail", problems.isEmpty() ? words.sentence(code, locale).orElse(message)
                : words.summary(problems, locale));
        body.put("code", code);
        body.put("instance", ctx.path());
        if (!problems.isEmpty()) {
            body.put("errors", problems.stream().map(p -> Map.of("pointer", p.path(), "code", p.code(),
                    "detail", words.describe(p, locale))).collect(Collectors.toList()));
        }
        ctx.status(status).json(body).contentType(MEDIA_TYPE);
        ctx.header("Content-Language", locale.getLanguage());
        ctx.header("Cache-Control", "no-store");
    }

    /** The request's language; when the {@code locale} parameter is itself refused, the header's. */
    private static Locale language(Context ctx) {
        try {
            return Languages.of(ctx);
        } catch (HttpProblem refused) {
            return Languages.ofHeader(ctx.header("Accept-Language"));
        }
    }

    private static List<FieldProblem> fields(SupervisionException e) {
        return e instanceof ValidationException validation ? validation.problems() : List.of();
    }

    private static FieldProblem fieldOf(JsonProcessingException e) {
        if (e.getCause() instanceof StreamReadException read && read.getProcessor() != null) {
            // A parse error met while binding (a duplicate key inside a passed-through object).
            return fieldOf(read);
        }
        String pointer = "";
        if (e instanceof MismatchedInputException mismatch) {
            pointer = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()))
                    .map(part -> "/" + part.replace("~", "~0").replace("/", "~1"))
                    .collect(Collectors.joining());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new FieldProblem(pointer, "unknown-property", "'" + unknown.getPropertyName()
                    + "' is not a known property here");
        }
        if (e instanceof InvalidFormatException) {
            return new FieldProblem(pointer, "wrong-type", "this value does not have the expected type or format");
        }
        if (e instanceof MismatchedInputException) {
            return new FieldProblem(pointer, "wrong-type", "this value does not have the expected type");
        }
        if (e instanceof StreamReadException read && read.getProcessor() != null) {
            JsonParser parser = read.getProcessor();
            String at = parser.getParsingContext().pathAsPointer().toString();
            if (String.valueOf(read.getOriginalMessage()).startsWith("Duplicate")) {
                return new FieldProblem(at, "duplicate-key", "this key appears twice in the same object");
            }
            if (read instanceof InputCoercionException) {
                return new FieldProblem(at, "out-of-range", "this number is too large for the field");
            }
            return new FieldProblem(at, "malformed-json", "the body is not well-formed JSON");
        }
        return new FieldProblem("", "malformed-json", "the body is not well-formed JSON");
    }

}
