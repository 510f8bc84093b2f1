package org.casenotes.supervision.core.disclosure;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casenotes.supervision.core.json.Json;
import org.casenotes.supervision.core.json.TextRule;

/**
 * Generates the section's published form: JSON Schema 2020-12 for the data, annotated with
 * localised titles and descriptions, and an {@code x-ui} block with labels, help, order,
 * groups and when fields show. Built from {@link EntryField} and the enums, so it cannot drift
 * from the validation in {@link SectionReader}. Thread-safe.
 *
 * <p>What the schema cannot express, and only the server checks: text with an unpaired
 * surrogate ({@code invalid-character}), a document with a repeated property name, and
 * documents nested deeper than the parser allows. See {@code SchemaAgreementTest}.
 */
public final class FormSchema {

    /** The JSON Schema dialect of the document. */
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    /** The schema's id. */
    public static final String ID = "urn:casenotes:supervision:self-disclosure-section:1";

    private FormSchema() {
    }

    /**
     * The schema document with the built-in limits.
     *
     * @param locale the language of labels and help texts
     * @return the document, indented
     */
    public static String document(Locale locale) {
        return document(Limits.BUILT_IN, locale);
    }

    static String document(Limits limits, Locale locale) {
        return Json.writePretty(tree(limits, FormText.of(locale)));
    }

    static Map<String, Object> tree(Limits limits, FormText text) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", DIALECT);
        root.put("$id", ID);
        root.put("title", text.get("schema.title"));
        root.put("description", text.get("schema.description"));
        root.put("type", "object");
        root.put("additionalProperties", false);
        root.put("required", List.of(SectionReader.NO_SELF_DISCLOSURE));
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(SectionReader.NO_SELF_DISCLOSURE, annotated(map("type", "boolean"),
                text, SectionReader.NO_SELF_DISCLOSURE));
        properties.put(SectionReader.ENTRIES, annotated(map("type", "array", "items", map("$ref", "#/$defs/entry")),
                text, SectionReader.ENTRIES));
        root.put("properties", properties);
        root.put("if", map("properties", map(SectionReader.NO_SELF_DISCLOSURE, map("const", true)),
                "required", List.of(SectionReader.NO_SELF_DISCLOSURE)));
        root.put("then", map("properties", map(SectionReader.ENTRIES, map("maxItems", 0))));
        root.put("else", map("required", List.of(SectionReader.ENTRIES),
                "properties", map(SectionReader.ENTRIES, map("minItems", 1, "maxItems", limits.maxEntries()))));
        Map<String, Object> defs = new LinkedHashMap<>();
        defs.put("entry", EntrySchema.entry(limits, text));
        defs.put("riskAnswer", EntrySchema.riskAnswer(text));
        root.put("$defs", defs);
        root.put("x-ui", FormLayout.layout(text));
        return root;
    }

    static Map<String, Object> annotated(Map<String, Object> schema, FormText text, String field) {
        schema.put("title", text.label(field));
        schema.put("description", text.help(field));
        return schema;
    }

    static Map<String, Object> requiredText(int maxLength) {
        return map("type", "string", "minLength", 1, "maxLength", maxLength,
                "pattern", TextRule.NOT_BLANK_PATTERN, "allOf", List.of(map("pattern", TextRule.NO_CONTROL_PATTERN)));
    }

    static Map<String, Object> optionalText(int maxLength) {
        return map("type", List.of("string", "null"), "maxLength", maxLength, "pattern", TextRule.NO_CONTROL_PATTERN);
    }

    static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
