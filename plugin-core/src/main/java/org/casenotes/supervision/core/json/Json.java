package org.casenotes.supervision.core.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casenotes.supervision.api.error.ValidationException;

/**
 * The plugin's one door to Jackson. Documents are read into a plain tree ({@link Map} with
 * insertion order, {@link List}, {@link String}, {@link Boolean}, {@link java.math.BigDecimal},
 * {@code null}) that the features walk without knowing Jackson, and written back from such a
 * tree in the order its maps were filled, so the same tree always gives the same text.
 *
 * <p>Thread-safe.
 */
public final class Json {

    /** Documents longer than this are refused before parsing. */
    public static final int MAX_DOCUMENT_CHARS = 1_000_000;

    private static final int MAX_NESTING = 64;

    private static final ObjectMapper MAPPER = JsonMapper.builder(factory()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_NESTING).build())
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final ObjectMapper PRETTY = MAPPER.copy().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    /**
     * The start of every Jackson factory the plugin makes. Jackson's default buffer recycler
     * lives in a thread-local of each calling thread, which is the host's, and would keep the
     * plugin's class loader reachable after unload; a pool owned by the factory goes away with
     * the plugin.
     *
     * @return a builder whose factories recycle buffers without thread-locals
     */
    public static JsonFactoryBuilder factory() {
        JsonFactoryBuilder builder = new JsonFactoryBuilder();
        builder.recyclerPool(JsonRecyclerPools.newConcurrentDequePool());
        return builder;
    }

    /**
     * Reads a JSON document into a plain tree.
     *
     * @param text the document
     * @return the tree: a map, list, string, boolean, decimal or {@code null}
     * @throws ValidationException with code {@code malformed-json} (or {@code too-large}) at
     *     path {@code ""} when the text is not one well-formed JSON value; the message never
     *     quotes the text
     */
    public static Object parse(String text) {
        if (text == null || text.isBlank()) {
            throw ValidationException.of("", "malformed-json", "the document is empty");
        }
        if (text.length() > MAX_DOCUMENT_CHARS) {
            throw ValidationException.of("", "too-large",
                    "the document is longer than " + MAX_DOCUMENT_CHARS + " characters");
        }
        try (JsonParser parser = MAPPER.createParser(text)) {
            JsonNode node = MAPPER.readTree(parser);
            if (node == null || node.isMissingNode()) {
                throw ValidationException.of("", "malformed-json", "the document is empty");
            }
            if (parser.nextToken() != null) {
                throw ValidationException.of("", "malformed-json", "the document has content after its end");
            }
            return plain(node);
        } catch (JacksonException e) {
            throw ValidationException.of("", "malformed-json", "the document is not well-formed JSON"
                    + location(e));
        } catch (java.io.IOException e) {
            throw ValidationException.of("", "malformed-json", "the document could not be read");
        }
    }

    /**
     * Writes a plain tree as compact JSON.
     *
     * @param tree maps, lists, strings, booleans, numbers and {@code null}
     * @return the text
     */
    public static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JacksonException e) {
            throw new IllegalStateException("a plain tree could not be written: " + e.getClass().getSimpleName(), e);
        }
    }

    /**
     * Writes a plain tree as indented JSON, for people to read.
     *
     * @param tree maps, lists, strings, booleans, numbers and {@code null}
     * @return the text
     */
    public static String writePretty(Object tree) {
        try {
            return PRETTY.writeValueAsString(tree);
        } catch (JacksonException e) {
            throw new IllegalStateException("a plain tree could not be written: " + e.getClass().getSimpleName(), e);
        }
    }

    private static String location(JacksonException e) {
        if (e.getLocation() == null || e.getLocation().getLineNr() < 1) {
            return "";
        }
        return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }

    private static Object plain(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                map.put(field.getKey(), plain(field.getValue()));
            }
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode element : node) {
                list.add(plain(element));
            }
            return list;
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        return null;
    }
}
