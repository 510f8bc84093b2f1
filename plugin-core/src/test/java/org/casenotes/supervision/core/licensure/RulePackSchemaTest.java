package org.casenotes.supervision.core.licensure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.core.json.Json;
import org.junit.jupiter.api.Test;

/** A rule pack that fails its schema or its cross-checks is refused, each problem at its field path. */
class RulePackSchemaTest {

    private static final String TEXAS = RulePacks.resource("packs/us-tx-lpc-associate.json");

    @Test
    void everyBuiltInPackPassesTheSchemaAndEveryRuleHasACitation() {
        assertThat(PackMonth.PACKS.summaries()).extracting(s -> s.id()).containsExactlyElementsOf(RulePacks.BUILT_IN);
        for (String id : RulePacks.BUILT_IN) {
            // The module reads built-in packs without the schema: this is where they meet it.
            RulePack checked = RulePackReader.read(RulePacks.resource("packs/" + id + ".json"));
            assertThat(checked.id()).as("a built-in pack's id is its resource name").isEqualTo(id);
            RulePack pack = PackMonth.PACKS.byId(id).orElseThrow();
            assertThat(pack.rules()).allSatisfy(r -> assertThat(r.citation().source()).isNotBlank());
            assertThat(pack).as("read without the schema, the same pack").isEqualTo(checked);
        }
    }

    @Test
    void builtInPacksAreReadOnFirstUseAndAHostsPackAtLoad() {
        String invalid = edit(TEXAS, Map.of("/id", "Texas!"));
        assertThatThrownBy(() -> RulePacks.load(List.of(invalid))).isInstanceOf(ValidationException.class);

        RulePacks packs = RulePacks.load(List.of());
        assertThat(packs.builtInsRead()).isFalse();
        assertThat(packs.byId("us-ny-lcsw")).isPresent();
        assertThat(packs.builtInsRead()).isTrue();
    }

    @Test
    void schemaProblemsAreReportedAtTheFieldPath() {
        String broken = edit(TEXAS, Map.of("/version", "one", "/rules/0/kind", "max-coffee",
                "/rules/1/percent", 150, "/period", "YEAR"));

        assertThatThrownBy(() -> RulePackReader.read(broken)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::path).contains("/version", "/rules/0/kind",
                        "/rules/1/percent", "/period"));
    }

    @Test
    void aMissingCitationAndAParameterOfAnotherKindAreRefusedAtTheRule() {
        Map<String, Object> pack = tree(TEXAS);
        Map<String, Object> rule = rule(pack, 0);
        rule.remove("citation");
        rule.put("percent", 50);

        assertThatThrownBy(() -> RulePackReader.read(Json.write(pack))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::path, FieldProblem::code).contains(
                        tuple("/rules/0/citation", "schema.required"),
                        tuple("/rules/0/percent", "schema.additionalProperties")));
    }

    @Test
    void crossChecksReportOverlappingClassesUnknownClassesUnknownFiguresAndReversedDates() {
        String broken = edit(TEXAS, Map.of("/classes/1/minSupervisees", 2, "/rules/1/classes/0", "huddle",
                "/export/columns/0/value", "coffeeHours", "/effectiveFrom", "2024-02-30"));

        assertThatThrownBy(() -> RulePackReader.read(broken)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::path, FieldProblem::code).containsExactly(
                        tuple("/effectiveFrom", "invalid-date"),
                        tuple("/classes/1/minSupervisees", "overlap"),
                        tuple("/rules/1/classes/0", "unknown-class"),
                        tuple("/export/columns/0/value", "unknown-figure")));
        String reversed = edit(TEXAS, Map.of("/effectiveTo", "2023-12-31"));
        assertThatThrownBy(() -> RulePackReader.read(reversed)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::path).containsExactly("/effectiveTo"));
    }

    @Test
    void aHostsPackIsAddedWhenValidAndRefusedWithItsPathWhenNot() {
        String valid = edit(TEXAS, Map.of("/id", "us-tx-lpc-associate-2027", "/effectiveFrom", "2027-01-01"));
        String invalid = edit(TEXAS, Map.of("/id", "Texas!", "/rules/0/hours", -1));

        assertThat(RulePacks.load(List.of(valid)).byId("us-tx-lpc-associate-2027")).isPresent();
        assertThatThrownBy(() -> RulePacks.load(List.of(valid, invalid))).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.problems()).extracting(FieldProblem::path)
                        .containsExactlyInAnyOrder("/extraRulePacks/1/id", "/extraRulePacks/1/rules/0/hours"));
        assertThatThrownBy(() -> RulePacks.load(List.of(TEXAS))).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::path, FieldProblem::code)
                        .containsExactly(tuple("/extraRulePacks/0/id", "duplicate")));
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> tree(String json) {
        return (Map<String, Object>) Json.parse(json);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> rule(Map<String, Object> pack, int index) {
        return (Map<String, Object>) ((List<Object>) pack.get("rules")).get(index);
    }

    /** Sets values at JSON Pointers of a pack document. */
    @SuppressWarnings("unchecked")
    static String edit(String json, Map<String, Object> changes) {
        Map<String, Object> root = tree(json);
        changes.forEach((pointer, value) -> {
            String[] tokens = pointer.substring(1).split("/");
            Object node = root;
            for (int i = 0; i < tokens.length - 1; i++) {
                node = node instanceof List<?> list ? list.get(Integer.parseInt(tokens[i]))
                        : ((Map<String, Object>) node).get(tokens[i]);
            }
            String last = tokens[tokens.length - 1];
            if (node instanceof List<?> list) {
                ((List<Object>) list).set(Integer.parseInt(last), value);
            } else {
                ((Map<String, Object>) node).put(last, value);
            }
        });
        return Json.write(root);
    }
}
