package org.casenotes.supervision.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casenotes.supervision.core.disclosure.SectionDocs.REMOVE;
import static org.casenotes.supervision.core.disclosure.SectionDocs.edit;
import static org.casenotes.supervision.core.disclosure.SectionDocs.emoji;
import static org.casenotes.supervision.core.disclosure.SectionDocs.entry;
import static org.casenotes.supervision.core.disclosure.SectionDocs.json;
import static org.casenotes.supervision.core.disclosure.SectionDocs.section;
import static org.casenotes.supervision.core.disclosure.SectionDocs.text;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.casenotes.supervision.api.error.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * A standard JSON Schema validator and the server's validation agree on the published schema:
 * over generated sections, valid and invalid, each accepts exactly what the other accepts.
 *
 * <p>Rules the schema cannot express, which only the server enforces (tested below): text
 * holding an unpaired surrogate (JSON Schema sees code points, not encodings), a property name
 * repeated in one object (a parser keeps one of them before the schema sees it), and nesting
 * deeper than the server's parser allows.
 */
class SchemaAgreementTest {

    private static final Schema SCHEMA = compile(FormSchema.document(Limits.BUILT_IN, Locale.ENGLISH));

    private final SectionReader server = new SectionReader(Limits.BUILT_IN);

    @Property(tries = 500)
    void theSchemaAndTheServerAcceptTheSameSections(@ForAll("sections") Map<String, Object> section) {
        String document = json(section);

        boolean serverAccepts = accepts(server, document);
        List<Error> schemaErrors = SCHEMA.validate(document, InputFormat.JSON);

        Statistics.collect(serverAccepts ? "valid" : "invalid");
        Statistics.coverage(coverage -> {
            coverage.check("valid").percentage(p -> p > 15);
            coverage.check("invalid").percentage(p -> p > 15);
        });
        assertThat(schemaErrors.isEmpty()).as("schema errors %s for %s", schemaErrors, abbreviated(document))
                .isEqualTo(serverAccepts);
    }

    @Test
    void aPolicysLowerLimitsArePublishedInItsSchema() {
        Limits strict = new Limits(100, 2);
        Schema schema = compile(FormSchema.document(strict, Locale.ENGLISH));
        SectionReader reader = new SectionReader(strict);
        List<String> documents = List.of(json(edit(section(), "/entries/0/summary", text(100))),
                json(edit(section(), "/entries/0/summary", text(101))), json(section(entry(), entry())),
                json(section(entry(), entry(), entry())));

        for (String document : documents) {
            assertThat(schema.validate(document, InputFormat.JSON).isEmpty()).isEqualTo(accepts(reader, document));
        }
        assertThat(documents.stream().filter(d -> accepts(reader, d))).hasSize(2);
    }

    @Test
    void anUnpairedSurrogateIsCaughtByTheServerAlone() {
        String document = json(edit(section(), "/entries/0/summary", "before \uD800 after"));

        assertThat(SCHEMA.validate(document, InputFormat.JSON)).isEmpty();
        assertThat(accepts(server, document)).isFalse();
    }

    @Test
    void aRepeatedPropertyNameIsCaughtByTheServerAlone() {
        String document = json(section()).replaceFirst("\"summary\":", "\"summary\":\"first\",\"summary\":");

        assertThat(SCHEMA.validate(document, InputFormat.JSON)).isEmpty();
        assertThat(accepts(server, document)).isFalse();
    }

    @Provide
    Arbitrary<Map<String, Object>> sections() {
        Arbitrary<Tuple.Tuple2<String, Object>> edit = Arbitraries.of(paths())
                .flatMap(path -> valuesFor(path).map(value -> Tuple.of(path, value)));
        return Combinators.combine(Arbitraries.of(true, false), edit.list().ofMaxSize(3)).as((two, edits) -> {
            Map<String, Object> document = two ? section(entry(), entry()) : section();
            for (Tuple.Tuple2<String, Object> change : edits) {
                apply(document, change.get1(), change.get2());
            }
            return document;
        });
    }

    private static List<String> paths() {
        List<String> paths = new ArrayList<>();
        for (EntryField field : EntryField.values()) {
            paths.add("/entries/0/" + field.wireName());
        }
        paths.addAll(List.of("/noSelfDisclosure", "/entries", "/extra", "/entries/0/extra", "/entries/0/intents/0",
                "/entries/0/intents/1", "/entries/0/riskScreen/CLIENT_BURDEN", "/entries/0/riskScreen/CLIENT_BURDEN/level",
                "/entries/0/riskScreen/CLIENT_BURDEN/note", "/entries/0/riskScreen/CLIENT_BURDEN/extra",
                "/entries/0/riskScreen/EXTRA", "/entries/0/clientResponse/text", "/entries/0/clientResponse/rating",
                "/entries/0/clientResponse/extra", "/entries/0/mode", "/entries/0/mode", "/entries/0/type",
                "/entries/0/otherIntentText", "/entries/0/rationale"));
        return paths;
    }

    /** Values likely to sit on a rule's edge for the field at the path, mixed with anything else. */
    private static Arbitrary<Object> valuesFor(String path) {
        if (path.matches(".*/(summary|rationale|otherIntentText|note|text|culturalConsiderations)")) {
            return Arbitraries.frequencyOf(Tuple.of(4, texts()), Tuple.of(1, values()));
        }
        return values();
    }

    private static Arbitrary<Object> texts() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.of("", "  ", "\n\t", "short text", "a\u0001b", "line\nbreak\ttab", "\u0000",
                        "\u05E9\u05DC\u05D5\u05DD", "\u007F").map(s -> (Object) s)),
                Tuple.of(3, Arbitraries.of(199, 200, 201, 999, 1000, 1001, 1999, 2000, 2001).map(n -> (Object) text(n))),
                Tuple.of(1, Arbitraries.of(200, 201, 1000, 1001, 2000, 2001).map(n -> (Object) emoji(n))),
                Tuple.of(1, Arbitraries.just(null)));
    }

    private static Arbitrary<Object> values() {
        return Arbitraries.frequencyOf(
                Tuple.of(2, Arbitraries.just(REMOVE)),
                Tuple.of(1, Arbitraries.of(true, false).map(b -> (Object) b)),
                Tuple.of(1, Arbitraries.of(0, 7).map(n -> (Object) n)),
                Tuple.of(3, Arbitraries.of("DELIBERATE", "UNAVOIDABLE", "ACCIDENTAL", "CLIENT_INITIATED", "IMMEDIACY",
                        "FACTS", "SELF_REVEALING", "SELF_INVOLVING", "PERSONAL_HISTORY", "OTHER", "NORMALIZE", "NO",
                        "POSSIBLE", "YES", "HELPFUL", "UNCLEAR", "OWN_NEEDS", "UNSURE", "deliberate", "MAYBE")
                        .map(s -> (Object) s)),
                Tuple.of(3, Arbitraries.of("", "  ", "\n\t", "short text", "a\u0001b", "line\nbreak\ttab", "\u0000",
                        "\u05E9\u05DC\u05D5\u05DD", "\u007F").map(s -> (Object) s)),
                Tuple.of(2, Arbitraries.of(1, 199, 200, 201, 999, 1000, 1001, 1999, 2000, 2001)
                        .map(n -> (Object) text(n))),
                Tuple.of(1, Arbitraries.of(2000, 2001).map(n -> (Object) emoji(n))),
                Tuple.of(2, Arbitraries.of(List.of(), List.of("OTHER"), List.of("NORMALIZE", "NORMALIZE"), List.of("BAD"),
                        List.of("REASSURE", "OTHER"), List.of(1)).map(l -> (Object) new ArrayList<>(l))),
                Tuple.of(1, Arbitraries.of(0, 1, 2, 20, 21).map(SchemaAgreementTest::entries)),
                Tuple.of(1, Arbitraries.of("{}", "level", "rating").map(SchemaAgreementTest::object)),
                Tuple.of(1, Arbitraries.just(null)));
    }

    private static void apply(Map<String, Object> document, String path, Object value) {
        try {
            edit(document, path, value);
        } catch (RuntimeException e) {
            // the path no longer exists after an earlier edit replaced its parent: keep the document as it is
        }
    }

    private static Object entries(int count) {
        List<Object> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(entry());
        }
        return entries;
    }

    private static Object object(String kind) {
        Map<String, Object> object = new LinkedHashMap<>();
        switch (kind) {
            case "level" -> object.put("level", "POSSIBLE");
            case "rating" -> object.put("rating", "NEUTRAL");
            default -> {
            }
        }
        return object;
    }

    private static boolean accepts(SectionReader reader, String document) {
        try {
            reader.read(document);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    private static Schema compile(String schema) {
        // x-ui carries the form's layout: an annotation for renderers, no assertion on the data
        Dialect withLayout = Dialect.builder(Dialects.getDraft202012()).keyword(new AnnotationKeyword("x-ui")).build();
        return SchemaRegistry.withDefaultDialect(withLayout).getSchema(schema, InputFormat.JSON);
    }

    private static String abbreviated(String document) {
        return document.replaceAll("a{50,}", "a…").replaceAll("(\uD83D\uDE00){50,}", "😀…");
    }
}
