package org.casenotes.supervision.host.web.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Generates the hostile replay from the served OpenAPI document and the catalogue
 * ({@code src/test/resources/hostile/catalogue.json}): for every operation, every body field,
 * query and path parameter, every catalogue value of the field's kind (by its schema's type,
 * format, enum and bounds), each put into the operation's valid base request.
 */
final class HostileCases {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MARK = "\u0001hostile\u0001";

    private final JsonNode openApi;
    private final JsonNode catalogue;
    private final UnaryOperator<String> placeholders;

    /**
     * @param openApi the served document
     * @param catalogue the catalogue
     * @param placeholders fills {@code {note}}, {@code {today}} and the like in base requests
     */
    HostileCases(JsonNode openApi, JsonNode catalogue, UnaryOperator<String> placeholders) {
        this.openApi = openApi;
        this.catalogue = catalogue;
        this.placeholders = placeholders;
    }

    /** Every operation of the document, as {@code METHOD /path}. */
    List<String> operations() {
        List<String> out = new ArrayList<>();
        openApi.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                .forEachRemaining(m -> out.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
        return out;
    }

    /** Whether an operation takes anything a caller chooses (body fields, query or path parameters). */
    boolean hasInput(String operation) {
        JsonNode op = operation(operation);
        return bodySchema(op) != null && bodySchema(op).has("properties") || !parameters(op, "query").isEmpty()
                || !parameters(op, "path").isEmpty();
    }

    /** The base request of an operation from the catalogue, placeholders filled in; {@code null} when missing. */
    JsonNode base(String operation) {
        JsonNode base = catalogue.get("operations").get(operation);
        if (base == null) {
            return null;
        }
        try {
            return JSON.readTree(placeholders.apply(base.toString()));
        } catch (Exception e) {
            throw new IllegalStateException(operation, e);
        }
    }

    /** The cases of one operation. */
    List<HostileCase> cases(String operation) {
        JsonNode op = operation(operation);
        JsonNode base = base(operation);
        List<HostileCase> out = new ArrayList<>();
        JsonNode schema = bodySchema(op);
        if (schema != null && schema.has("properties")) {
            schema.get("properties").fields().forEachRemaining(f -> bodyField(operation, base, "/" + f.getKey(),
                    f.getValue(), out));
        }
        for (JsonNode parameter : parameters(op, "query")) {
            String name = parameter.get("name").asText();
            for (JsonNode value : queryValues(parameter.get("schema"))) {
                Map<String, String> query = new LinkedHashMap<>();
                if (base.has("query")) {
                    base.get("query").fields().forEachRemaining(e -> query.put(e.getKey(), encode(e.getValue().asText())));
                }
                query.put(name, raw(value));
                out.add(request(operation, base, path(operation, base, null, null), query, body(base), "/" + name,
                        "query/" + value.get("kind").asText() + "/" + value.get("name").asText()));
            }
        }
        for (JsonNode parameter : parameters(op, "path")) {
            String name = parameter.get("name").asText();
            for (JsonNode value : catalogue.get("path")) {
                out.add(request(operation, base, path(operation, base, name, raw(value)), query(base), body(base),
                        "{" + name + "}", "path/" + value.get("name").asText()));
            }
        }
        return out;
    }

    private void bodyField(String operation, JsonNode base, String pointer, JsonNode schema, List<HostileCase> out) {
        for (JsonNode value : bodyValues(schema, pointer.lastIndexOf('/') == 0)) {
            String body = value.has("duplicate") ? duplicated(base.get("body"), pointer.substring(1))
                    : replaced(base.get("body"), pointer, json(value));
            out.add(request(operation, base, path(operation, base, null, null), query(base), body, pointer,
                    "body/" + value.get("kind").asText() + "/" + value.get("name").asText()));
        }
        JsonNode items = schema.get("items");
        if (items != null && base.get("body").at(pointer).isArray() && base.get("body").at(pointer).size() > 0) {
            if (items.has("properties")) {
                items.get("properties").fields().forEachRemaining(f -> bodyField(operation, base, pointer + "/0/" + f.getKey(),
                        f.getValue(), out));
            } else {
                bodyField(operation, base, pointer + "/0", items, out);
            }
        }
    }

    /** The catalogue values for a body field of a schema; duplicate keys only for top-level fields. */
    private List<JsonNode> bodyValues(JsonNode schema, boolean topLevel) {
        String type = type(schema);
        String format = schema.path("format").asText("");
        List<JsonNode> values = new ArrayList<>();
        if (type.equals("integer")) {
            values.addAll(kind("body", "integer"));
            if (schema.has("minimum")) {
                values.add(generated("integer", "below-minimum", String.valueOf(schema.get("minimum").asLong() - 1)));
            }
            if (schema.has("maximum")) {
                values.add(generated("integer", "above-maximum", String.valueOf(schema.get("maximum").asLong() + 1)));
            }
        } else if (type.equals("string")) {
            if (format.equals("date")) {
                values.addAll(kind("body", "date"));
            } else if (format.equals("local-date-time")) {
                values.addAll(kind("body", "local-date-time"));
            } else if (schema.has("enum")) {
                values.addAll(kind("body", "enum"));
            }
            values.addAll(kind("body", "string"));
        } else if (type.equals("array")) {
            values.addAll(kind("body", "array"));
        } else if (type.equals("object")) {
            values.addAll(kind("body", "object"));
        }
        if (topLevel) {
            values.addAll(kind("body", "duplicate-key"));
        }
        return values;
    }

    private List<JsonNode> queryValues(JsonNode schema) {
        List<JsonNode> values = new ArrayList<>();
        if (schema.path("format").asText("").equals("date")) {
            values.addAll(kind("query", "date"));
        }
        if (schema.has("enum")) {
            values.addAll(kind("query", "enum"));
        }
        values.addAll(kind("query", "string"));
        return values;
    }

    private List<JsonNode> kind(String section, String kind) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode value : catalogue.get(section).get(kind)) {
            out.add(((ObjectNode) value.deepCopy()).put("kind", kind));
        }
        return out;
    }

    private static JsonNode generated(String kind, String name, String json) {
        return JSON.createObjectNode().put("kind", kind).put("name", name).put("json", json);
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.get("type");
        if (type == null) {
            return schema.has("properties") ? "object" : "";
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!t.asText().equals("null")) {
                    return t.asText();
                }
            }
        }
        return type.asText();
    }

    private static String json(JsonNode value) {
        if (value.has("repeat")) {
            return "\"" + value.get("repeat").asText().repeat(value.get("times").asInt()) + "\"";
        }
        return value.get("json").asText();
    }

    private static String raw(JsonNode value) {
        String raw = value.get("raw").asText().repeat(value.path("times").asInt(1));
        return value.path("encoded").asBoolean(false) ? raw : encode(raw);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The base body with the value at a pointer replaced by raw JSON text (which may be invalid on purpose). */
    private static String replaced(JsonNode body, String pointer, String json) {
        JsonNode copy = body.deepCopy();
        String parent = pointer.substring(0, pointer.lastIndexOf('/'));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        JsonNode container = parent.isEmpty() ? copy : copy.at(parent);
        if (container.isArray()) {
            ((com.fasterxml.jackson.databind.node.ArrayNode) container).set(Integer.parseInt(last), MARK);
        } else {
            ((ObjectNode) container).put(last, MARK);
        }
        try {
            return JSON.writeValueAsString(copy).replace(JSON.writeValueAsString(MARK), json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The base body with one top-level field written twice. */
    private static String duplicated(JsonNode body, String field) {
        String text = body.toString();
        JsonNode value = body.has(field) ? body.get(field) : JSON.getNodeFactory().textNode("x");
        String entry = JSON.getNodeFactory().textNode(field) + ":" + value;
        return text.equals("{}") ? "{" + entry + "," + entry + "}" : text.substring(0, text.length() - 1) + "," + entry + "}";
    }

    private HostileCase request(String operation, JsonNode base, String path, Map<String, String> query, String body,
            String field, String value) {
        StringBuilder url = new StringBuilder(path);
        String separator = "?";
        for (Map.Entry<String, String> e : query.entrySet()) {
            url.append(separator).append(e.getKey()).append('=').append(e.getValue());
            separator = "&";
        }
        String user = base.hasNonNull("as") ? base.get("as").asText() : null;
        return new HostileCase(operation, user, operation.substring(0, operation.indexOf(' ')), url.toString(), body, field,
                value);
    }

    private static Map<String, String> query(JsonNode base) {
        Map<String, String> query = new LinkedHashMap<>();
        if (base.has("query")) {
            base.get("query").fields().forEachRemaining(e -> query.put(e.getKey(), encode(e.getValue().asText())));
        }
        return query;
    }

    private static String body(JsonNode base) {
        return base.has("body") ? base.get("body").toString() : null;
    }

    private static String path(String operation, JsonNode base, String replacedName, String replacement) {
        String path = operation.substring(operation.indexOf(' ') + 1);
        if (base.has("path")) {
            for (var it = base.get("path").fields(); it.hasNext();) {
                var e = it.next();
                String value = e.getKey().equals(replacedName) ? replacement : encode(e.getValue().asText());
                path = path.replace("{" + e.getKey() + "}", value);
            }
        }
        return path;
    }

    private JsonNode operation(String operation) {
        String method = operation.substring(0, operation.indexOf(' ')).toLowerCase(Locale.ROOT);
        return openApi.get("paths").get(operation.substring(operation.indexOf(' ') + 1)).get(method);
    }

    private static JsonNode bodySchema(JsonNode op) {
        JsonNode schema = op.path("requestBody").path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? null : schema;
    }

    private static List<JsonNode> parameters(JsonNode op, String in) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode parameter : op.path("parameters")) {
            if (in.equals(parameter.path("in").asText())) {
                out.add(parameter);
            }
        }
        return out;
    }
}
