package org.casenotes.supervision.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import org.casenotes.supervision.core.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The published form: a valid JSON Schema 2020-12 document with UI hints in English and Spanish. */
class FormSchemaTest {

    @ParameterizedTest
    @ValueSource(strings = {"en", "es"})
    void theFormIsAJsonSchema2020Document(String language) {
        String schema = FormSchema.document(Locale.forLanguageTag(language));

        Map<String, Object> tree = tree(schema);
        assertThat(tree).containsEntry("$schema", "https://json-schema.org/draft/2020-12/schema");
        assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"))
                .validate(schema, InputFormat.JSON)).isEmpty();
    }

    @Test
    void labelsAndHelpFollowTheLocaleAndFallBackToEnglish() {
        Map<String, Object> english = tree(FormSchema.document(Locale.ENGLISH));
        Map<String, Object> spanish = tree(FormSchema.document(Locale.forLanguageTag("es-MX")));
        Map<String, Object> french = tree(FormSchema.document(Locale.FRENCH));

        assertThat(at(english, "x-ui", "language")).isEqualTo("en");
        assertThat(at(spanish, "x-ui", "language")).isEqualTo("es");
        assertThat(at(french, "x-ui", "language")).isEqualTo("en");
        assertThat(at(english, "$defs", "entry", "properties", "motiveCheck", "title")).isEqualTo("Why am I telling?");
        assertThat(at(spanish, "$defs", "entry", "properties", "motiveCheck", "title"))
                .isEqualTo("¿Por qué lo estoy contando?");
        assertThat(french).isEqualTo(english);
    }

    @Test
    void everyTextExistsInEveryLanguage() {
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        Set<String> english = new TreeSet<>(Collections.list(
                ResourceBundle.getBundle(FormText.BUNDLE, Locale.ROOT, exact).getKeys()));
        Set<String> spanish = new TreeSet<>(ResourceBundle.getBundle(FormText.BUNDLE, Locale.forLanguageTag("es"), exact)
                .keySet());

        assertThat(spanish).isEqualTo(english);
        ResourceBundle es = ResourceBundle.getBundle(FormText.BUNDLE, Locale.forLanguageTag("es"), exact);
        ResourceBundle en = ResourceBundle.getBundle(FormText.BUNDLE, Locale.ROOT, exact);
        for (String key : english) {
            assertThat(es.getString(key)).as(key).isNotBlank();
            if (key.startsWith("field.") && key.endsWith(".help")) {
                assertThat(es.getString(key)).as(key + " is translated").isNotEqualTo(en.getString(key));
            }
        }
    }

    @Test
    void everyEntryFieldIsInTheSchemaAndTheLayoutInOneOrder() {
        Map<String, Object> tree = tree(FormSchema.document(Locale.ENGLISH));
        List<String> fields = Arrays.stream(EntryField.values()).map(EntryField::wireName).toList();

        assertThat(List.copyOf(((Map<?, ?>) at(tree, "$defs", "entry", "properties")).keySet()))
                .isEqualTo(fields);
        assertThat(at(tree, "x-ui", "entry", "order")).isEqualTo(fields);
        List<?> groups = (List<?>) at(tree, "x-ui", "entry", "groups");
        List<Object> grouped = groups.stream().flatMap(g -> ((List<?>) ((Map<?, ?>) g).get("fields")).stream())
                .map(Object.class::cast).toList();
        assertThat(grouped).isEqualTo(List.copyOf(fields));
    }

    @Test
    void conditionalFieldsSayWhenTheyShow() {
        Map<String, Object> tree = tree(FormSchema.document(Locale.ENGLISH));

        assertThat(at(tree, "x-ui", "fields", "entries", "showWhen"))
                .isEqualTo(Map.of("field", "noSelfDisclosure", "equals", false));
        assertThat(at(tree, "x-ui", "entry", "fields", "rationale", "showWhen"))
                .isEqualTo(Map.of("field", "mode", "in", List.of("DELIBERATE")));
        assertThat(at(tree, "x-ui", "entry", "fields", "rationale", "requiredWhen"))
                .isEqualTo(Map.of("field", "mode", "in", List.of("DELIBERATE")));
        assertThat(at(tree, "x-ui", "entry", "fields", "otherIntentText", "showWhen"))
                .isEqualTo(Map.of("field", "intents", "contains", "OTHER"));
        assertThat(at(tree, "x-ui", "entry", "fields", "riskScreen", "note", "showWhen"))
                .isEqualTo(Map.of("field", "level", "in", List.of("POSSIBLE", "YES")));
        assertThat((List<?>) at(tree, "$defs", "entry", "allOf")).hasSize(3);
    }

    @Test
    void theHelpExplainsTheSixRisksAndEveryOption() {
        Map<String, Object> tree = tree(FormSchema.document(Locale.ENGLISH));

        List<?> risks = (List<?>) at(tree, "x-ui", "entry", "fields", "riskScreen", "risks");
        assertThat(risks).hasSize(6).allSatisfy(r -> assertThat((String) ((Map<?, ?>) r).get("help")).endsWith("?"));
        assertThat((List<?>) at(tree, "x-ui", "entry", "fields", "intents", "options")).hasSize(7);
        assertThat((List<?>) at(tree, "x-ui", "entry", "fields", "mode", "options")).hasSize(4);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> tree(String json) {
        return (Map<String, Object>) Json.parse(json);
    }

    private static Object at(Map<String, Object> tree, String... keys) {
        Object node = tree;
        for (String key : keys) {
            node = ((Map<?, ?>) node).get(key);
        }
        return node;
    }
}
