package org.casenotes.supervision.host.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one strict reading of request bodies shared by every route: unknown properties, wrong
 * JSON types (no coercion at all), duplicate keys at any depth, trailing content, deep nesting
 * and negative versions are refused with a 400 problem naming the field. Thread-safe.
 */
public final class JsonBodies {

    private static final int MAX_NESTING = 64;

    private final ObjectMapper mapper = strict();

    /** Creates the reader. */
    public JsonBodies() {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
    }

    /**
     * No coercion between JSON types: {@code 1.5} or {@code "12"} is no integer, {@code 12345}
     * or {@code true} no text, {@code "true"} no boolean. A duplicate key at any depth (also
     * inside documents passed through to the plugin, such as a section) is refused while
     * parsing, before any tree is built. Numbers in passed-through documents keep their exact
     * decimal value.
     */
    private static ObjectMapper strict() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .addModule(new JavaTimeModule())
                .build();
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Integer, LogicalType.Boolean,
                LogicalType.Float}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.Integer, type == LogicalType.Integer || type == LogicalType.Float
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, type == LogicalType.Float ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, type == LogicalType.Boolean ? CoercionAction.TryConvert
                            : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.String, type == LogicalType.Textual ? CoercionAction.TryConvert
                            : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, type == LogicalType.Textual ? CoercionAction.TryConvert
                            : CoercionAction.Fail);
        }
        return mapper;
    }

    /**
     * Reads the body as a value of a type.
     *
     * @param ctx the request
     * @param type the expected type
     * @param <T> the type
     * @return the value
     */
    public <T> T read(Context ctx, Class<T> type) {
        requireJson(ctx);
        try {
            T value = mapper.readValue(ctx.bodyAsBytes(), type);
            if (value == null) {
                throw HttpProblem.of(400, "body.required", "send a JSON object as the request body");
            }
            Versions.check(value);
            return value;
        } catch (JsonProcessingException e) {
            throw new JsonBodyException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the body as raw JSON text, checking only that it is one well-formed document.
     *
     * @param ctx the request
     * @return the body text
     */
    public String text(Context ctx) {
        requireJson(ctx);
        byte[] body = ctx.bodyAsBytes();
        try {
            mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw new JsonBodyException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * Refuses a body that is not declared as JSON ({@code application/json}, optionally with a
     * charset), so that no cross-site form (which can only send {@code text/plain},
     * urlencoded or multipart) can post it.
     */
    private static void requireJson(Context ctx) {
        String type = ctx.header("Content-Type");
        String media = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
        if (!media.equals("application/json")) {
            throw HttpProblem.of(415, "body.media-type", "send the body as application/json");
        }
    }

    /**
     * The mapper responses are written with: dates as ISO-8601 text, records as objects.
     *
     * @return a mapper for responses
     */
    public ObjectMapper responses() {
        return responses;
    }

    private final ObjectMapper responses = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    /** A body that could not be read; answered 400 by {@link Problems}. */
    static final class JsonBodyException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        JsonBodyException(JsonProcessingException cause) {
            super(cause);
        }

        JsonProcessingException json() {
            return (JsonProcessingException) getCause();
        }
    }
}
