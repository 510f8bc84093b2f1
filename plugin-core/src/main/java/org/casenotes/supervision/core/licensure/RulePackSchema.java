package org.casenotes.supervision.core.licensure;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.casenotes.supervision.core.json.Problems;

/**
 * The rule pack format's JSON Schema (2020-12, {@code rule-pack.schema.json}), applied with
 * networknt's validator; each schema error becomes a problem at the JSON Pointer of the field
 * at fault. Thread-safe: the compiled schema is immutable.
 */
final class RulePackSchema {

    static final String RESOURCE = "rule-pack.schema.json";

    /** Keywords whose error is about a property inside the instance the validator points at. */
    private static final Set<String> ABOUT_A_PROPERTY = Set.of("required", "additionalProperties");

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(text(), InputFormat.JSON);

    private RulePackSchema() {
    }

    /**
     * The schema document, as published for vendors.
     *
     * @return the JSON text
     */
    static String text() {
        try (InputStream in = RulePackSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the rule pack schema is missing from the plugin");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks a well-formed document against the schema.
     *
     * @param json the document
     * @param problems where each schema error is recorded, code {@code schema.<keyword>}
     */
    static void check(String json, Problems problems) {
        for (Error error : SCHEMA.validate(json, InputFormat.JSON)) {
            // "if" reports only that a "then" failed; the "then" branch reports the field itself.
            if ("if".equals(error.getKeyword()) || "allOf".equals(error.getKeyword())) {
                continue;
            }
            String pointer = pointer(error.getInstanceLocation());
            if (ABOUT_A_PROPERTY.contains(error.getKeyword()) && error.getProperty() != null) {
                pointer += "/" + Problems.token(error.getProperty());
            }
            problems.add(pointer, "schema." + error.getKeyword(), error.getMessage());
        }
    }

    private static String pointer(NodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            pointer.append('/').append(element instanceof Integer index ? index.toString()
                    : Problems.token(String.valueOf(element)));
        }
        return pointer.toString();
    }
}
