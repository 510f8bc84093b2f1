package org.casenotes.supervision.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.util.stream.Stream;
import org.casenotes.supervision.api.disclosure.FlagRule;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.policy.OrganisationPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The policy document: built-in defaults, partial overrides, and bad documents refused field by field. */
class PolicyDocumentTest {

    @Test
    void theDefaultsAreThreeOfFiveSummariesOf2000TwentyEntriesAndSevenDaysToCoSign() {
        OrganisationPolicy defaults = PolicyDocument.read("{}", 1);

        assertThat(defaults).isEqualTo(PolicyDocument.DEFAULTS);
        assertThat(defaults.patternSessions()).isEqualTo(3);
        assertThat(defaults.patternWindow()).isEqualTo(5);
        assertThat(defaults.summaryMaxLength()).isEqualTo(2000);
        assertThat(defaults.maxEntries()).isEqualTo(20);
        assertThat(defaults.review().coSignDueDays()).isEqualTo(7);
        assertThat(defaults.review().attestationText()).isNotBlank();
        assertThat(defaults.batchBlockingRules()).containsExactlyInAnyOrder(
                Stream.of(FlagRule.values()).map(FlagRule::id).toArray(String[]::new));
    }

    @Test
    void anOverrideChangesOnlyTheFieldsItNames() {
        OrganisationPolicy policy = PolicyDocument.read("""
                {"pattern": {"sessions": 2}, "coSign": {"dueDays": 3, "batchBlockingRules": ["risk", "motive"]}}""", 4);

        assertThat(policy.version()).isEqualTo(4);
        assertThat(policy.review().version()).isEqualTo(4);
        assertThat(policy.patternSessions()).isEqualTo(2);
        assertThat(policy.patternWindow()).isEqualTo(5);
        assertThat(policy.review().coSignDueDays()).isEqualTo(3);
        assertThat(policy.batchBlockingRules()).containsExactlyInAnyOrder("risk", "motive");
        assertThat(policy.summaryMaxLength()).isEqualTo(2000);
        assertThat(policy.review().attestationText()).isEqualTo(PolicyDocument.DEFAULTS.review().attestationText());
    }

    @Test
    void anEmptyBlockingListLetsEveryFlaggedNoteIntoBatchCoSign() {
        assertThat(PolicyDocument.read("{\"coSign\": {\"batchBlockingRules\": []}}", 2).batchBlockingRules()).isEmpty();
    }

    @Test
    void theWrittenDocumentReadsBackToTheSamePolicy() {
        OrganisationPolicy policy = PolicyDocument.read("""
                {"volume": {"summaryLength": 900, "entries": 2}, "limits": {"maxEntries": 5},
                 "coSign": {"attestationText": "Reviewed and co-signed."}}""", 3);

        String written = PolicyDocument.write(policy);

        assertThat(PolicyDocument.read(written, 3)).isEqualTo(policy);
        assertThat(PolicyDocument.write(PolicyDocument.read(written, 3))).isEqualTo(written);
    }

    static Stream<Arguments> badPolicies() {
        return Stream.of(
                Arguments.of("{\"colour\": 1}", "/colour", "unknown-property"),
                Arguments.of("{\"pattern\": {\"n\": 1}}", "/pattern/n", "unknown-property"),
                Arguments.of("{\"pattern\": 3}", "/pattern", "wrong-type"),
                Arguments.of("{\"pattern\": {\"sessions\": 0}}", "/pattern/sessions", "out-of-range"),
                Arguments.of("{\"pattern\": {\"sessions\": 2.5}}", "/pattern/sessions", "wrong-type"),
                Arguments.of("{\"pattern\": {\"sessions\": \"3\"}}", "/pattern/sessions", "wrong-type"),
                Arguments.of("{\"pattern\": {\"window\": 51}}", "/pattern/window", "out-of-range"),
                Arguments.of("{\"pattern\": {\"sessions\": 6, \"window\": 5}}", "/pattern/sessions", "out-of-range"),
                Arguments.of("{\"pattern\": {\"window\": 2}}", "/pattern/window", "out-of-range"),
                Arguments.of("{\"limits\": {\"summaryMaxLength\": 2001}}", "/limits/summaryMaxLength", "out-of-range"),
                Arguments.of("{\"limits\": {\"maxEntries\": 21}}", "/limits/maxEntries", "out-of-range"),
                Arguments.of("{\"limits\": {\"maxEntries\": 0}}", "/limits/maxEntries", "out-of-range"),
                Arguments.of("{\"volume\": {\"summaryLength\": 0}}", "/volume/summaryLength", "out-of-range"),
                Arguments.of("{\"volume\": {\"entries\": 21}}", "/volume/entries", "out-of-range"),
                Arguments.of("{\"coSign\": {\"dueDays\": 0}}", "/coSign/dueDays", "out-of-range"),
                Arguments.of("{\"coSign\": {\"dueDays\": 366}}", "/coSign/dueDays", "out-of-range"),
                Arguments.of("{\"coSign\": {\"attestationText\": \"  \"}}", "/coSign/attestationText", "blank"),
                Arguments.of("{\"coSign\": {\"attestationText\": \"a\\u0000\"}}", "/coSign/attestationText",
                        "control-character"),
                Arguments.of("{\"coSign\": {\"batchBlockingRules\": [\"risky\"]}}", "/coSign/batchBlockingRules/0",
                        "not-allowed"),
                Arguments.of("{\"coSign\": {\"batchBlockingRules\": [\"risk\", \"risk\"]}}",
                        "/coSign/batchBlockingRules/1", "duplicate"),
                Arguments.of("{\"coSign\": {\"batchBlockingRules\": \"risk\"}}", "/coSign/batchBlockingRules",
                        "wrong-type"),
                Arguments.of("{\"packet\": {\"identifyingFields\": [\"clientName\"]}}",
                        "/packet/identifyingFields/0", "not-allowed"),
                Arguments.of("{\"packet\": {\"identifyingFields\": [\"rationale\", \"rationale\"]}}",
                        "/packet/identifyingFields/1", "duplicate"),
                Arguments.of("{\"packet\": {\"identifyingFields\": [7]}}", "/packet/identifyingFields/0",
                        "wrong-type"),
                Arguments.of("[]", "", "wrong-type"),
                Arguments.of("{", "", "malformed-json"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badPolicies")
    void aBadPolicyIsRefusedWithAFieldProblem(String json, String path, String code) {
        ValidationException error = catchThrowableOfType(ValidationException.class, () -> PolicyDocument.read(json, 2));

        assertThat(error.problems()).extracting(FieldProblem::path, FieldProblem::code).containsExactly(tuple(path, code));
    }

    @Test
    void thresholdsAtTheirBoundsAreAccepted() {
        OrganisationPolicy policy = PolicyDocument.read("""
                {"pattern": {"sessions": 50, "window": 50}, "limits": {"summaryMaxLength": 1, "maxEntries": 1},
                 "volume": {"summaryLength": 2000, "entries": 20}, "coSign": {"dueDays": 365}}""", 2);

        assertThat(policy.patternSessions()).isEqualTo(50);
        assertThat(policy.review().coSignDueDays()).isEqualTo(365);
    }

    @Test
    void aWrongRuleIdListsTheKnownOnes() {
        ValidationException error = catchThrowableOfType(ValidationException.class,
                () -> PolicyDocument.read("{\"coSign\": {\"batchBlockingRules\": [\"risky\"]}}", 2));

        assertThat(error.problems().get(0).message()).contains("motive").contains("pattern").contains("volume");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        ValidationException error = catchThrowableOfType(ValidationException.class, () -> PolicyDocument.read(
                "{\"pattern\": {\"window\": 0}, \"limits\": {\"maxEntries\": 99}, \"coSign\": {\"dueDays\": -1}}", 2));

        assertThat(error.problems()).extracting(FieldProblem::path)
                .containsExactly("/pattern/window", "/limits/maxEntries", "/coSign/dueDays");
    }
}
