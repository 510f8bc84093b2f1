package org.casenotes.supervision.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.casenotes.supervision.core.disclosure.SectionDocs.edit;
import static org.casenotes.supervision.core.disclosure.SectionDocs.entry;
import static org.casenotes.supervision.core.disclosure.SectionDocs.json;
import static org.casenotes.supervision.core.disclosure.SectionDocs.section;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casenotes.supervision.api.disclosure.DisclosureSection;
import org.casenotes.supervision.api.disclosure.Intent;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The stable wire format: round trips, one canonical text per section, malformed input as a typed error. */
class SectionWireFormatTest {

    private final SectionReader reader = new SectionReader(Limits.BUILT_IN);

    @Test
    void aSectionSurvivesTheRoundTripUnchanged() {
        Map<String, Object> full = edit(section(entry(), entry()), "/entries/0/intents/2", "OTHER");
        edit(full, "/entries/0/otherIntentText", "to repair a rupture");
        edit(full, "/entries/0/culturalConsiderations", "shared first language; \uD83D\uDE00 שלום");
        edit(full, "/entries/1/riskScreen/CLIENT_BURDEN", new LinkedHashMap<>(
                Map.of("level", "POSSIBLE", "note", "asked after my health twice")));
        DisclosureSection read = reader.read(json(full));

        String canonical = SectionWriter.canonicalJson(read);

        assertThat(reader.read(canonical)).isEqualTo(read);
        assertThat(SectionWriter.canonicalJson(reader.read(canonical))).isEqualTo(canonical);
        assertThat(canonical).contains("\uD83D\uDE00 שלום")
                .containsSubsequence("\"intents\"", "\"otherIntentText\"", "\"rationale\"", "\"culturalConsiderations\"");
    }

    @Test
    void theAttestationSurvivesTheRoundTrip() {
        DisclosureSection read = reader.read("{\"noSelfDisclosure\": true, \"entries\": []}");

        assertThat(read).isEqualTo(new DisclosureSection.NoDisclosure());
        assertThat(SectionWriter.canonicalJson(read)).isEqualTo("{\"noSelfDisclosure\":true}");
    }

    @Test
    @SuppressWarnings("unchecked")
    void fieldOrderWhitespaceAndIntentOrderDoNotChangeTheCanonicalText() {
        Map<String, Object> shuffled = section(entry());
        Map<String, Object> entry = (Map<String, Object>) ((List<?>) shuffled.get("entries")).get(0);
        Map<String, Object> reversed = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(entry.keySet());
        Collections.reverse(keys);
        keys.forEach(k -> reversed.put(k, entry.get(k)));
        reversed.put("intents", new ArrayList<>(List.of("MODEL_COMMUNICATION", "NORMALIZE")));
        edit(shuffled, "/entries/0", reversed);
        String spaced = json(shuffled).replace(",", " ,\n  ");

        assertThat(SectionWriter.canonicalJson(reader.read(spaced)))
                .isEqualTo(SectionWriter.canonicalJson(reader.read(json(section()))));
        assertThat(reader.read(spaced).entries().get(0).intents())
                .containsExactlyInAnyOrder(Intent.NORMALIZE, Intent.MODEL_COMMUNICATION);
    }

    @Test
    void nullAndAbsentOptionalTextsAreTheSame() {
        DisclosureSection withNull = reader.read(json(edit(section(), "/entries/0/culturalConsiderations", null)));

        assertThat(withNull).isEqualTo(reader.read(json(section())));
        assertThat(SectionWriter.canonicalJson(withNull)).doesNotContain("culturalConsiderations");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{", "{\"noSelfDisclosure\": tru}", "{} {}", "{\"a\":1,}", "[1,2",
            "{\"noSelfDisclosure\": true, \"noSelfDisclosure\": false}", "NaN", "{\"noSelfDisclosure\": true} x",
            "'single'", "{noSelfDisclosure: true}"})
    void malformedJsonIsAValidationErrorAtTheDocumentRoot(String text) {
        ValidationException error = catchThrowableOfType(ValidationException.class, () -> reader.read(text));

        assertThat(error.problems()).extracting(FieldProblem::path, FieldProblem::code)
                .containsExactly(tuple("", "malformed-json"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"section\"", "42", "true", "null"})
    void aDocumentThatIsNoObjectIsTheWrongType(String text) {
        ValidationException error = catchThrowableOfType(ValidationException.class, () -> reader.read(text));

        assertThat(error.problems()).extracting(FieldProblem::path, FieldProblem::code)
                .containsExactly(tuple("", "wrong-type"));
    }

    @Test
    void deeplyNestedInputIsRefusedWithoutAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);

        ValidationException error = catchThrowableOfType(ValidationException.class, () -> reader.read(deep));

        assertThat(error.problems()).extracting(FieldProblem::code).containsExactly("malformed-json");
    }

    @Test
    void unknownPropertiesAreRejectedNotIgnored() {
        Map<String, Object> document = section();
        edit(document, "/entries/0/odd", 1);
        String text = json(document).replace("\"odd\"", "\"a~b/c\"");

        ValidationException error = catchThrowableOfType(ValidationException.class, () -> reader.read(text));

        assertThat(error.problems()).extracting(FieldProblem::path, FieldProblem::code)
                .containsExactly(tuple("/entries/0/a~0b~1c", "unknown-property"));
    }
}
