package org.casenotes.supervision.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casenotes.supervision.core.disclosure.SectionDocs.edit;
import static org.casenotes.supervision.core.disclosure.SectionDocs.json;
import static org.casenotes.supervision.core.disclosure.SectionDocs.section;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.casenotes.supervision.api.disclosure.DisclosureSection;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.core.json.Json;

/**
 * Whatever arrives, the reader answers with a section or a validation error: no unchecked
 * exception, no stack overflow, and an accepted text comes back unchanged.
 */
class SectionInputPropertiesTest {

    private static final Set<String> CODES = Set.of("malformed-json", "too-large", "wrong-type", "unknown-property",
            "required", "not-allowed", "blank", "too-long", "control-character", "invalid-character", "duplicate",
            "required-when", "not-allowed-when", "must-be-empty", "too-few", "too-many");

    private static final List<String> TEXT_FIELDS = List.of("/entries/0/summary", "/entries/0/rationale",
            "/entries/0/culturalConsiderations", "/entries/0/clientResponse/text",
            "/entries/0/riskScreen/POWER_DIFFERENTIAL/note");

    private final SectionReader reader = new SectionReader(Limits.BUILT_IN);

    @Property(tries = 300)
    void anyTextIsASectionOrAValidationError(@ForAll("hostileText") String text) {
        outcome(text);
    }

    @Property(tries = 300)
    void anyJsonDocumentIsASectionOrAValidationError(@ForAll("jsonValues") Object document) {
        outcome(json(document));
    }

    @Property(tries = 300)
    void anyValueInAnyFieldIsASectionOrAValidationError(@ForAll("fieldPaths") String path,
            @ForAll("jsonValues") Object value) {
        outcome(json(edit(section(), path, value)));
    }

    @Property(tries = 300)
    void anyStringInATextFieldIsAcceptedUnchangedOrRefusedWithAFieldProblem(@ForAll("textFields") String path,
            @ForAll("hostileText") String text) {
        Object result = outcome(json(edit(section(), path, text)));

        if (result instanceof DisclosureSection section) {
            String canonical = SectionWriter.canonicalJson(section);
            assertThat(reader.read(canonical)).isEqualTo(section);
            assertThat(canonical).contains(":" + Json.write(text));
        } else {
            assertThat(((ValidationException) result).problems()).extracting(FieldProblem::path).containsOnly(path);
        }
    }

    private Object outcome(String text) {
        try {
            return reader.read(text);
        } catch (ValidationException e) {
            assertThat(e.problems()).isNotEmpty();
            assertThat(e.problems()).extracting(FieldProblem::code).allMatch(CODES::contains);
            return e;
        }
    }

    @Provide
    Arbitrary<String> hostileText() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.strings().all().ofMaxLength(60)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withCharRange('\u0000', '\u001F').ofMaxLength(8)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withCharRange('\uD800', '\uDFFF').ofMaxLength(6)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withChars("\u202E\u202B\u200F\u05D0\u0627\u064B ")
                        .ofMinLength(1).ofMaxLength(30)),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("\uD83D\uDE00", "\uD83D", "\uDE00x", "\u0000", "\\u0000", "\"",
                        "\\", "{\"noSelfDisclosure\":true}", "{\"noSelfDisclosure\":false,\"entries\":[{}]}")),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1_990, 100_000)
                        .map(n -> "\u05E9".repeat(n))),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 50_000).map(n -> "\uD83D\uDE00".repeat(n))));
    }

    @Provide
    Arbitrary<Object> jsonValues() {
        return value(3);
    }

    @Provide
    Arbitrary<String> textFields() {
        return Arbitraries.of(TEXT_FIELDS);
    }

    @Provide
    Arbitrary<String> fieldPaths() {
        List<String> paths = new ArrayList<>(TEXT_FIELDS);
        for (EntryField field : EntryField.values()) {
            paths.add("/entries/0/" + field.wireName());
        }
        paths.addAll(List.of("/noSelfDisclosure", "/entries", "/entries/0", "/entries/1", "/entries/0/intents/0",
                "/entries/0/riskScreen/CLIENT_BURDEN", "/entries/0/riskScreen/CLIENT_BURDEN/level",
                "/entries/0/clientResponse/rating", "/unknown", "/entries/0/unknown"));
        return Arbitraries.of(paths);
    }

    private Arbitrary<Object> value(int depth) {
        Arbitrary<Object> leaf = Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(20).map(s -> (Object) s),
                Arbitraries.of("DELIBERATE", "NO", "YES", "OTHER", "HELPFUL", "IMMEDIACY", "").map(s -> (Object) s),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.bigDecimals().between(new BigDecimal("-1e12"), new BigDecimal("1e12")).ofScale(3)
                        .map(d -> (Object) d)).injectNull(0.1);
        if (depth == 0) {
            return leaf;
        }
        Arbitrary<String> keys = Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(8),
                Arbitraries.of("noSelfDisclosure", "entries", "summary", "mode", "level", "rating", "riskScreen"));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, leaf),
                net.jqwik.api.Tuple.of(1, value(depth - 1).list().ofMaxSize(4).map(l -> (Object) l)),
                net.jqwik.api.Tuple.of(2, Arbitraries.maps(keys, value(depth - 1)).ofMaxSize(5)
                        .map(m -> (Object) new LinkedHashMap<String, Object>(m))));
    }
}
