package org.casenotes.supervision.core.licensure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casenotes.supervision.api.licensure.PeriodCheck;
import org.casenotes.supervision.api.licensure.RuleResult;
import org.casenotes.supervision.api.meeting.Modality;
import org.junit.jupiter.api.Test;

/** Every rule result reads in plain words in English and Spanish; no key lacks a translation. */
class LicensureTextTest {

    @Test
    void englishAndSpanishHaveTheSameKeysAndEveryKindHasALabelAndBothOutcomes() {
        List<String> english = LicensureText.of(Locale.ENGLISH).keys();
        List<String> spanish = LicensureText.of(Locale.forLanguageTag("es")).keys();

        assertThat(spanish).containsExactlyElementsOf(english);
        for (RuleKind kind : RuleKind.values()) {
            assertThat(english).contains(kind.id() + ".label", kind.id() + ".MET", kind.id() + ".NOT_MET");
        }
    }

    @Test
    void everyRuleOfEveryPackExplainsItselfInBothLanguagesWithoutRawKeys() {
        List<RuleResult> results = new ArrayList<>();
        for (String id : RulePacks.BUILT_IN) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"))) {
                for (PackMonth month : months(id)) {
                    PeriodCheck check = month.in(locale).check("2026-03-01", "2026-03-31");
                    results.addAll(check.rules());
                }
            }
        }

        assertThat(results).isNotEmpty().allSatisfy(r -> {
            assertThat(r.label()).doesNotContain("{").doesNotContain(r.kind()).doesNotContain("IN_PERSON");
            assertThat(r.explanation()).doesNotContain("{").doesNotContain("NOT_MET").doesNotContain("VIDEO");
        });
        assertThat(results).extracting(RuleResult::explanation).anyMatch(e -> e.contains("supervisión"));
    }

    @Test
    void spanishExplainsWithSpanishNumbers() {
        PeriodCheck check = PackMonth.of("us-tx-lpc-associate").individual("2026-03-03", 147)
                .group("2026-03-10", 153, 4).in(Locale.forLanguageTag("es")).check("2026-03-01", "2026-03-31");

        assertThat(PackMonth.rule(check, "group-share").explanation())
                .isEqualTo("La supervisión grupal es el 51% (2,55 h), más del 50%.");
    }

    private static List<PackMonth> months(String id) {
        return List.of(PackMonth.of(id),
                PackMonth.of(id).individual("2026-03-02", 70).group("2026-03-04", 50, 3)
                        .session("2026-03-10", 60, Modality.PHONE, 1).session("2026-03-12", 500, Modality.VIDEO, 9)
                        .direct("2026-03-01", "30"),
                PackMonth.of(id).today("2026-03-15").individual("2026-03-02", 60).direct("2026-03-01", "5"));
    }
}
