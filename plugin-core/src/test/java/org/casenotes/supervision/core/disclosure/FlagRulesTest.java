package org.casenotes.supervision.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.casenotes.supervision.core.disclosure.SectionDocs.edit;
import static org.casenotes.supervision.core.disclosure.SectionDocs.entry;
import static org.casenotes.supervision.core.disclosure.SectionDocs.json;
import static org.casenotes.supervision.core.disclosure.SectionDocs.section;
import static org.casenotes.supervision.core.disclosure.SectionDocs.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casenotes.supervision.api.disclosure.DisclosureSection;
import org.casenotes.supervision.api.disclosure.Flag;
import org.casenotes.supervision.api.disclosure.Severity;
import org.casenotes.supervision.api.policy.OrganisationPolicy;
import org.casenotes.supervision.api.policy.ReviewPolicy;
import org.casenotes.supervision.core.policy.PolicyDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each flag rule fires exactly at its threshold and not below, with its severity. */
class FlagRulesTest {

    private static final OrganisationPolicy DEFAULTS = PolicyDocument.DEFAULTS;
    private static final String E = "/entries/0";

    private final SectionReader reader = new SectionReader(Limits.BUILT_IN);

    @Test
    void aCarefulDisclosureRaisesNoFlag() {
        assertThat(flags(section(), 1)).isEmpty();
    }

    @Test
    void theAttestationRaisesNoFlagWhateverTheHistory() {
        assertThat(FlagRules.evaluate(new DisclosureSection.NoDisclosure(), DEFAULTS, 5)).isEmpty();
    }

    @ParameterizedTest(name = "{0} = {1} -> {2} {3}")
    @CsvSource({
            "motiveCheck, UNSURE, motive, WARNING",
            "motiveCheck, OWN_NEEDS, motive, REVIEW_REQUIRED",
            "mode, ACCIDENTAL, mode, WARNING",
            "mode, CLIENT_INITIATED, mode, INFO",
            "clientResponse/rating, UNHELPFUL, client-response, WARNING",
            "clientResponse/rating, UNCLEAR, client-response, INFO",
            "riskScreen/IMPOSING_VALUES/level, YES, risk, REVIEW_REQUIRED",
            "riskScreen/IMPOSING_VALUES/level, POSSIBLE, risk-possible, WARNING"})
    void anAnswerRaisesItsFlagOnItsEntry(String field, String value, String rule, Severity severity) {
        Map<String, Object> document = section(entry(), entry());
        edit(document, "/entries/1/" + field, value);

        assertThat(flags(document, 1)).extracting(Flag::ruleId, Flag::severity, Flag::entryIndex)
                .containsExactly(tuple(rule, severity, 1));
    }

    @ParameterizedTest(name = "{0} = {1} raises nothing")
    @CsvSource({"motiveCheck, CLIENT_BENEFIT", "mode, UNAVOIDABLE", "clientResponse/rating, NEUTRAL",
            "clientResponse/rating, HELPFUL", "riskScreen/IMPOSING_VALUES/level, NO"})
    void aReassuringAnswerRaisesNothing(String field, String value) {
        Map<String, Object> document = edit(section(), E + "/mode", "UNAVOIDABLE");
        edit(document, E + "/" + field, value);

        assertThat(flags(document, 1)).isEmpty();
    }

    @Test
    void focusNotReturnedAndAskingToDiscussRaiseTheirFlags() {
        Map<String, Object> document = edit(section(), E + "/focusReturned", false);
        edit(document, E + "/discussInSupervision", true);

        assertThat(flags(document, 1)).extracting(Flag::ruleId, Flag::severity).containsExactly(
                tuple("focus-not-returned", Severity.WARNING),
                tuple("discuss", Severity.INFO));
    }

    @Test
    void allRisksAnsweredYesMakeOneFlagNamingThemAll() {
        Map<String, Object> document = section();
        for (String risk : List.of("BOUNDARY_BLURRING", "CLIENT_BURDEN")) {
            edit(document, E + "/riskScreen/" + risk + "/level", "YES");
        }

        List<Flag> flags = flags(document, 1);

        assertThat(flags).singleElement().satisfies(flag -> assertThat(flag.explanation())
                .contains("Blurred boundaries").contains("Burden on the client").startsWith("Entry 1:"));
    }

    @Test
    void thePatternRuleFiresAtNSessionsOfTheWindowAndNotBelow() {
        assertThat(flags(section(), DEFAULTS.patternSessions() - 1)).isEmpty();
        assertThat(flags(section(), DEFAULTS.patternSessions())).extracting(Flag::ruleId, Flag::severity, Flag::entryIndex)
                .containsExactly(tuple("pattern", Severity.WARNING, -1));
    }

    @Test
    void thePatternRuleFollowsThePolicy() {
        OrganisationPolicy twoOfThree = policy(2, 3, 1500, 4);

        assertThat(FlagRules.evaluate(reader.read(json(section())), twoOfThree, 1)).isEmpty();
        assertThat(FlagRules.evaluate(reader.read(json(section())), twoOfThree, 2)).extracting(Flag::ruleId)
                .containsExactly("pattern");
    }

    @Test
    void theVolumeRuleFiresAtTheSummaryLengthAndNotBelow() {
        int threshold = DEFAULTS.volumeSummaryLength();

        assertThat(flags(edit(section(), E + "/summary", text(threshold - 1)), 1)).isEmpty();
        assertThat(flags(edit(section(), E + "/summary", text(threshold)), 1))
                .extracting(Flag::ruleId, Flag::severity, Flag::entryIndex)
                .containsExactly(tuple("volume", Severity.INFO, 0));
    }

    @Test
    void theVolumeRuleCountsCharactersNotUtf16Units() {
        int threshold = DEFAULTS.volumeSummaryLength();

        assertThat(flags(edit(section(), E + "/summary", SectionDocs.emoji(threshold - 1)), 1)).isEmpty();
    }

    @Test
    void theVolumeRuleFiresAtTheEntryCountAndNotBelow() {
        int threshold = DEFAULTS.volumeEntries();

        assertThat(flags(entries(threshold - 1), 1)).isEmpty();
        assertThat(flags(entries(threshold), 1)).extracting(Flag::ruleId, Flag::entryIndex)
                .containsExactly(tuple("volume", -1));
    }

    @Test
    void explanationsNeverQuoteTheClinicianText() {
        Map<String, Object> document = edit(section(), E + "/summary", "Jane Roe " + text(2000 - 9));
        edit(document, E + "/motiveCheck", "OWN_NEEDS");
        edit(document, E + "/riskScreen/CLIENT_BURDEN", new LinkedHashMap<>(Map.of("level", "YES", "note", "Jane")));

        assertThat(flags(document, 5)).isNotEmpty().allSatisfy(f -> assertThat(f.explanation()).doesNotContain("Jane"));
    }

    private List<Flag> flags(Map<String, Object> document, int disclosingSessions) {
        return FlagRules.evaluate(reader.read(json(document)), DEFAULTS, disclosingSessions);
    }

    private static Map<String, Object> entries(int count) {
        List<Object> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(entry());
        }
        return edit(section(), "/entries", entries);
    }

    private static OrganisationPolicy policy(int sessions, int window, int volumeLength, int volumeEntries) {
        return new OrganisationPolicy(2, sessions, window, 2000, 20, volumeLength, volumeEntries,
                new ReviewPolicy(2, 7, "attested", Set.of("risk")));
    }
}
