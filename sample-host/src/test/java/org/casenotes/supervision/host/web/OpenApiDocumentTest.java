package org.casenotes.supervision.host.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The served OpenAPI document is valid OpenAPI 3.1 as swagger-parser reads it: no parse
 * messages, and nothing lost on the way. swagger-parser quietly replaces a value of the wrong
 * type (such as {@code "required": "date"} on a parameter) by its default, so every value of
 * the document must come back unchanged when the parsed model is written out again.
 */
class OpenApiDocumentTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static SwaggerParseResult parse(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        return new OpenAPIParser().readContents(document, null, options);
    }

    /** What the parser did not understand: its messages, then every value it dropped or changed. */
    static List<String> problems(String document) throws Exception {
        SwaggerParseResult result = parse(document);
        List<String> problems = new ArrayList<>(result.getMessages() == null ? List.of() : result.getMessages());
        if (result.getOpenAPI() == null) {
            problems.add("not read as OpenAPI");
            return problems;
        }
        JsonNode written = JSON.readTree(Json31.mapper().writeValueAsString(result.getOpenAPI()));
        compare("", JSON.readTree(document), written, problems);
        return problems;
    }

    private static void compare(String pointer, JsonNode sent, JsonNode read, List<String> problems) {
        if (sent.isObject()) {
            sent.fields().forEachRemaining(field -> compare(pointer + "/" + field.getKey().replace("~", "~0").replace("/", "~1"),
                    field.getValue(), read == null ? null : read.get(field.getKey()), problems));
        } else if (sent.isArray() && pointer.endsWith("/required")) {
            // A schema's required names are a set; the model keeps them sorted.
            java.util.Set<JsonNode> names = new java.util.HashSet<>();
            sent.forEach(names::add);
            java.util.Set<JsonNode> readNames = new java.util.HashSet<>();
            if (read != null) {
                read.forEach(readNames::add);
            }
            if (!names.equals(readNames)) {
                problems.add(pointer + ": " + sent + " was read as " + read);
            }
        } else if (sent.isArray()) {
            for (int i = 0; i < sent.size(); i++) {
                compare(pointer + "/" + i, sent.get(i), read == null ? null : read.get(i), problems);
            }
        } else if (read == null || !read.equals(sent) && !(read.isNumber() && sent.isNumber()
                && read.decimalValue().compareTo(sent.decimalValue()) == 0)) {
            problems.add(pointer + ": " + sent + " was read as " + read);
        }
    }

    @Test
    void theDocumentIsValidOpenApi31AndReadWithoutLoss() throws Exception {
        assertThat(problems(OpenApi.document())).isEmpty();
        assertThat(parse(OpenApi.document()).getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    }

    @Test
    void theCheckCatchesAParameterWhoseRequiredIsNoBoolean() throws Exception {
        String broken = OpenApi.document().replaceFirst("\"required\": false", "\"required\": \"date\"");
        assertThat(broken).isNotEqualTo(OpenApi.document());
        assertThat(problems(broken)).anySatisfy(p -> assertThat(p).contains("/required: \"date\""));
    }
}
