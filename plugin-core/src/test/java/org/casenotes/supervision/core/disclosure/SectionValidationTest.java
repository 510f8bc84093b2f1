package org.casenotes.supervision.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.casenotes.supervision.core.disclosure.SectionDocs.REMOVE;
import static org.casenotes.supervision.core.disclosure.SectionDocs.edit;
import static org.casenotes.supervision.core.disclosure.SectionDocs.emoji;
import static org.casenotes.supervision.core.disclosure.SectionDocs.entry;
import static org.casenotes.supervision.core.disclosure.SectionDocs.json;
import static org.casenotes.supervision.core.disclosure.SectionDocs.section;
import static org.casenotes.supervision.core.disclosure.SectionDocs.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every field rule of a section, one defect at a time, and the boundary of every limit. */
class SectionValidationTest {

    private static final String E = "/entries/0";

    private final SectionReader reader = new SectionReader(Limits.BUILT_IN);

    static Stream<Arguments> oneDefectEach() {
        return Stream.of(
                defect("unknown root field", d -> edit(d, "/extra", 1), "/extra", "unknown-property"),
                defect("attestation answer missing", d -> edit(d, "/noSelfDisclosure", REMOVE), "/noSelfDisclosure", "required"),
                defect("attestation answer as text", d -> edit(d, "/noSelfDisclosure", "no"), "/noSelfDisclosure", "wrong-type"),
                defect("attestation with entries", d -> edit(d, "/noSelfDisclosure", true), "/entries", "must-be-empty"),
                defect("no entries and no attestation", d -> edit(d, "/entries", REMOVE), "/entries", "required"),
                defect("empty entries", d -> edit(d, "/entries", new ArrayList<>()), "/entries", "too-few"),
                defect("entries null", d -> edit(d, "/entries", null), "/entries", "wrong-type"),
                defect("entries not a list", d -> edit(d, "/entries", "one"), "/entries", "wrong-type"),
                defect("entry not an object", d -> edit(d, E, "text"), E, "wrong-type"),
                defect("unknown entry field", d -> edit(d, E + "/colour", "blue"), E + "/colour", "unknown-property"),
                required("type"), required("involvement"), required("intimacy"), required("verbal"),
                required("summary"), required("mode"), required("clientPrompted"), required("intents"),
                required("motiveCheck"), required("riskScreen"), required("focusReturned"),
                required("clientResponse"), required("discussInSupervision"),
                notAllowed("type"), notAllowed("involvement"), notAllowed("intimacy"), notAllowed("mode"),
                notAllowed("motiveCheck"),
                defect("enum given as a number", d -> edit(d, E + "/type", 3), E + "/type", "wrong-type"),
                defect("enum in lower case", d -> edit(d, E + "/type", "facts"), E + "/type", "not-allowed"),
                wrongType("verbal", "true"), wrongType("clientPrompted", 1), wrongType("focusReturned", "yes"),
                wrongType("discussInSupervision", List.of()), wrongType("summary", 12),
                wrongType("culturalConsiderations", true), wrongType("riskScreen", "none"),
                wrongType("clientResponse", "fine"), wrongType("intents", "NORMALIZE"),
                defect("blank summary", d -> edit(d, E + "/summary", " \t\n "), E + "/summary", "blank"),
                defect("summary with NUL", d -> edit(d, E + "/summary", "a\u0000b"), E + "/summary", "control-character"),
                defect("summary with escape", d -> edit(d, E + "/summary", "a\u001Bb"), E + "/summary", "control-character"),
                defect("summary with lone surrogate", d -> edit(d, E + "/summary", "a\uD800b"), E + "/summary",
                        "invalid-character"),
                defect("unknown intent", d -> edit(d, E + "/intents/0", "CURIOSITY"), E + "/intents/0", "not-allowed"),
                defect("intent twice", d -> edit(d, E + "/intents/1", "NORMALIZE"), E + "/intents/1", "duplicate"),
                defect("deliberate without intents", d -> edit(d, E + "/intents", new ArrayList<>()), E + "/intents",
                        "required-when"),
                defect("OTHER without its text", d -> edit(d, E + "/intents/2", "OTHER"), E + "/otherIntentText",
                        "required-when"),
                defect("OTHER with blank text", d -> edit(edit(d, E + "/intents/2", "OTHER"), E + "/otherIntentText", "  "),
                        E + "/otherIntentText", "blank"),
                defect("other text without OTHER", d -> edit(d, E + "/otherIntentText", "to be liked"), E + "/otherIntentText",
                        "not-allowed-when"),
                defect("deliberate without rationale", d -> edit(d, E + "/rationale", REMOVE), E + "/rationale", "required-when"),
                defect("deliberate with null rationale", d -> edit(d, E + "/rationale", null), E + "/rationale", "required-when"),
                defect("deliberate with blank rationale", d -> edit(d, E + "/rationale", "\n"), E + "/rationale", "blank"),
                defect("self-revealing immediacy", d -> edit(d, E + "/type", "IMMEDIACY"), E + "/involvement",
                        "not-allowed-when"),
                defect("risk left out", d -> edit(d, E + "/riskScreen/CLIENT_BURDEN", REMOVE), E + "/riskScreen/CLIENT_BURDEN",
                        "required"),
                defect("unknown risk", d -> edit(d, E + "/riskScreen/BOREDOM", Map.of("level", "NO")),
                        E + "/riskScreen/BOREDOM", "unknown-property"),
                defect("risk answer not an object", d -> edit(d, E + "/riskScreen/CLIENT_BURDEN", "NO"),
                        E + "/riskScreen/CLIENT_BURDEN", "wrong-type"),
                defect("risk level missing", d -> edit(d, E + "/riskScreen/CLIENT_BURDEN/level", REMOVE),
                        E + "/riskScreen/CLIENT_BURDEN/level", "required"),
                defect("risk level unknown", d -> edit(d, E + "/riskScreen/CLIENT_BURDEN/level", "MAYBE"),
                        E + "/riskScreen/CLIENT_BURDEN/level", "not-allowed"),
                defect("unknown field in a risk answer", d -> edit(d, E + "/riskScreen/CLIENT_BURDEN/score", 2),
                        E + "/riskScreen/CLIENT_BURDEN/score", "unknown-property"),
                defect("rating missing", d -> edit(d, E + "/clientResponse/rating", REMOVE), E + "/clientResponse/rating",
                        "required"),
                defect("rating unknown", d -> edit(d, E + "/clientResponse/rating", "GREAT"), E + "/clientResponse/rating",
                        "not-allowed"),
                defect("unknown field in the response", d -> edit(d, E + "/clientResponse/mood", "calm"),
                        E + "/clientResponse/mood", "unknown-property"),
                tooLong("summary", 2001), tooLong("otherIntentText", 201), tooLong("rationale", 2001),
                tooLong("riskScreen/FOCUS_DIVERSION/note", 1001), tooLong("clientResponse/text", 2001),
                tooLong("culturalConsiderations", 2001),
                defect("21 entries", d -> entries(d, 21), "/entries", "too-many"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneDefectEach")
    void eachDefectIsReportedAtItsFieldWithItsCode(String name, UnaryOperator<Map<String, Object>> defect,
            String path, String code) {
        Map<String, Object> document = defect.apply(section());
        ValidationException error = catchThrowableOfType(ValidationException.class,
                () -> reader.read(json(document)));

        assertThat(error).as("expected a validation error").isNotNull();
        assertThat(error.problems()).extracting(FieldProblem::path, FieldProblem::code).containsExactly(tuple(path, code));
    }

    static Stream<Arguments> accepted() {
        return Stream.of(
                ok("the attestation", d -> SectionDocs.attestation()),
                ok("the attestation with an empty list", d -> edit(SectionDocs.attestation(), "/entries", new ArrayList<>())),
                ok("summary of 2000 characters", d -> edit(d, E + "/summary", text(2000))),
                ok("summary of 2000 emoji (surrogate pairs)", d -> edit(d, E + "/summary", emoji(2000))),
                ok("other text of 200", d -> edit(edit(d, E + "/intents/2", "OTHER"), E + "/otherIntentText", text(200))),
                ok("rationale of 2000", d -> edit(d, E + "/rationale", text(2000))),
                ok("risk note of 1000", d -> edit(d, E + "/riskScreen/FOCUS_DIVERSION/note", text(1000))),
                ok("response text of 2000", d -> edit(d, E + "/clientResponse/text", text(2000))),
                ok("cultural considerations of 2000", d -> edit(d, E + "/culturalConsiderations", text(2000))),
                ok("20 entries", d -> entries(d, 20)),
                ok("unavoidable without rationale or intents", d -> edit(edit(edit(d, E + "/mode", "UNAVOIDABLE"),
                        E + "/rationale", REMOVE), E + "/intents", new ArrayList<>())),
                ok("optional texts null", d -> edit(edit(d, E + "/culturalConsiderations", null),
                        E + "/clientResponse/text", null)),
                ok("self-involving immediacy", d -> edit(edit(d, E + "/type", "IMMEDIACY"), E + "/involvement", "SELF_INVOLVING")),
                ok("tabs, line breaks, RTL and emoji in text", d -> edit(d, E + "/summary", "line one\n\tשלום مرحبا \uD83D\uDE00")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("accepted")
    void valuesAtTheLimitAreAccepted(String name, UnaryOperator<Map<String, Object>> change) {
        String document = json(change.apply(section()));

        assertThatCode(() -> reader.read(document)).doesNotThrowAnyException();
    }

    @Test
    void allProblemsAreReportedAtOnceInDocumentOrder() {
        Map<String, Object> document = section(entry(), entry());
        edit(document, "/entries/0/summary", "");
        edit(document, "/entries/0/mode", "ON_PURPOSE");
        edit(document, "/entries/1/riskScreen/CLIENT_BURDEN/level", "LOTS");

        ValidationException error = catchThrowableOfType(ValidationException.class, () -> reader.read(json(document)));

        assertThat(error.problems()).extracting(FieldProblem::path).containsExactly(
                "/entries/0/summary", "/entries/0/mode", "/entries/1/riskScreen/CLIENT_BURDEN/level");
    }

    @Test
    void aWrongEnumValueListsTheAllowedOnes() {
        ValidationException error = catchThrowableOfType(ValidationException.class,
                () -> reader.read(json(edit(section(), E + "/mode", "ON_PURPOSE"))));

        assertThat(error.problems().get(0).message())
                .contains("DELIBERATE, UNAVOIDABLE, ACCIDENTAL, CLIENT_INITIATED");
    }

    @Test
    void aPolicyCanLowerTheSummaryAndEntryLimits() {
        SectionReader strict = new SectionReader(new Limits(100, 2));

        assertThatCode(() -> strict.read(json(entries(edit(section(), E + "/summary", text(100)), 2))))
                .doesNotThrowAnyException();
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> strict.read(json(edit(section(), E + "/summary", text(101))))).problems())
                .extracting(FieldProblem::code).containsExactly("too-long");
        assertThat(catchThrowableOfType(ValidationException.class,
                () -> strict.read(json(entries(section(), 3)))).problems())
                .extracting(FieldProblem::code).containsExactly("too-many");
    }

    @Test
    void problemMessagesNeverQuoteTheClinicianText() {
        String secret = "Client Jane Roe, born 1990";
        Map<String, Object> document = edit(section(), E + "/summary", secret + "\u0000");
        edit(document, E + "/culturalConsiderations", secret + text(2001));

        ValidationException error = catchThrowableOfType(ValidationException.class, () -> reader.read(json(document)));

        assertThat(error.getMessage()).doesNotContain("Jane");
        assertThat(error.problems()).allSatisfy(p -> assertThat(p.message()).doesNotContain("Jane"));
    }

    private static Map<String, Object> entries(Map<String, Object> document, int count) {
        List<Object> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(entry());
        }
        return edit(document, "/entries", entries);
    }

    private static Arguments defect(String name, UnaryOperator<Map<String, Object>> change, String path, String code) {
        return Arguments.of(name, change, path, code);
    }

    private static Arguments ok(String name, UnaryOperator<Map<String, Object>> change) {
        return Arguments.of(name, change);
    }

    private static Arguments required(String field) {
        return defect(field + " missing", d -> edit(d, E + "/" + field, REMOVE), E + "/" + field, "required");
    }

    private static Arguments notAllowed(String field) {
        return defect(field + " with an unknown value", d -> edit(d, E + "/" + field, "SOMETHING_ELSE"), E + "/" + field,
                "not-allowed");
    }

    private static Arguments wrongType(String field, Object value) {
        return defect(field + " of the wrong type", d -> edit(d, E + "/" + field, value), E + "/" + field, "wrong-type");
    }

    private static Arguments tooLong(String field, int length) {
        UnaryOperator<Map<String, Object>> change = d -> edit(d, E + "/" + field, text(length));
        if (field.equals("otherIntentText")) {
            change = d -> edit(edit(d, E + "/intents/2", "OTHER"), E + "/" + field, text(length));
        }
        return defect(field + " of " + length, change, E + "/" + field, "too-long");
    }
}
