package org.casenotes.supervision.host.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads request bodies strictly: unknown properties, wrong types, trailing content and
 * deep nesting are refused with a 400 problem naming the field.
 */
public final class JsonBodies {

    private static final int MAX_NESTING = 64;

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(new JavaTimeModule())
            .build();

    /** Creates the reader. */
    public JsonBodies() {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING).build());
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
        try {
            T value = mapper.readValue(ctx.bodyAsBytes(), type);
            if (value == null) {
                throw HttpProblem.of(400, "body.required", "send a JSON object as the request body");
            }
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
