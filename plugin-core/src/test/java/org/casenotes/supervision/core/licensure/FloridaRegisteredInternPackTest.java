package org.casenotes.supervision.core.licensure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casenotes.supervision.core.licensure.CaliforniaBbsPackTest.dec;
import static org.casenotes.supervision.core.licensure.PackMonth.outcome;
import static org.casenotes.supervision.core.licensure.PackMonth.rule;

import org.casenotes.supervision.api.licensure.PeriodCheck;
import org.casenotes.supervision.api.licensure.RuleOutcome;
import org.casenotes.supervision.api.meeting.Modality;
import org.junit.jupiter.api.Test;

/**
 * Florida registered intern, March 2026 (weeks Sunday to Saturday; the two-week spans ending in
 * March end on the 7th, 14th, 21st and 28th), worked by hand against rule 64B4-2.002: 1 hour
 * every two weeks, 1 hour per 15 hours of psychotherapy, group of 3 to 6 in person, individual
 * up to 2, video at most half, group alternating with individual.
 */
class FloridaRegisteredInternPackTest {

    private static final String PACK = "us-fl-registered-intern";
    private static final String FIRST = "2026-03-01";
    private static final String LAST = "2026-03-31";

    @Test
    void everyTwoWeeksNeedsAnHourA59MinuteMeetingLeavesASpanShort() {
        PeriodCheck met = PackMonth.of(PACK).individual("2026-03-02", 60).individual("2026-03-16", 60)
                .check(FIRST, LAST);
        PeriodCheck gap = PackMonth.of(PACK).individual("2026-03-02", 60).check(FIRST, LAST);
        PeriodCheck short59 = PackMonth.of(PACK).individual("2026-03-02", 60).individual("2026-03-16", 59)
                .check(FIRST, LAST);

        assertThat(outcome(met, "every-two-weeks")).isEqualTo(RuleOutcome.MET);
        assertThat(rule(met, "every-two-weeks").figures()).containsEntry("spans", dec("4"))
                .containsEntry("spansMet", dec("4"));
        assertThat(outcome(gap, "every-two-weeks")).isEqualTo(RuleOutcome.NOT_MET);
        assertThat(rule(gap, "every-two-weeks").figures()).containsEntry("spansMet", dec("2"))
                .containsEntry("fewestHours", dec("0.00"));
        assertThat(outcome(short59, "every-two-weeks")).isEqualTo(RuleOutcome.NOT_MET);
        assertThat(rule(short59, "every-two-weeks").figures()).containsEntry("fewestHours", dec("0.98"));
    }

    @Test
    void sixtyHoursOfPsychotherapyNeedFourHoursOfSupervision() {
        PackMonth enough = PackMonth.of(PACK).individual("2026-03-02", 60).individual("2026-03-09", 60)
                .individual("2026-03-16", 60).individual("2026-03-23", 60);
        PackMonth short1 = PackMonth.of(PACK).individual("2026-03-02", 60).individual("2026-03-09", 60)
                .individual("2026-03-16", 60).individual("2026-03-23", 59);
        for (PackMonth month : new PackMonth[] {enough, short1}) {
            month.direct("2026-03-01", "15").direct("2026-03-08", "15").direct("2026-03-15", "15")
                    .direct("2026-03-22", "15").direct("2026-03-29", "0");
        }

        PeriodCheck met = enough.check(FIRST, LAST);
        PeriodCheck unmet = short1.check(FIRST, LAST);

        assertThat(outcome(met, "per-fifteen-hours")).isEqualTo(RuleOutcome.MET);
        assertThat(rule(met, "per-fifteen-hours").figures()).containsEntry("directClientHours", dec("60.00"))
                .containsEntry("required", dec("4.00"));
        assertThat(outcome(unmet, "per-fifteen-hours")).isEqualTo(RuleOutcome.NOT_MET);
    }

    @Test
    void videoAtHalfIsAllowedOverHalfIsNot() {
        PeriodCheck half = PackMonth.of(PACK).individual("2026-03-02", 120)
                .session("2026-03-16", 120, Modality.VIDEO, 1).check(FIRST, LAST);
        PeriodCheck over = PackMonth.of(PACK).individual("2026-03-02", 120)
                .session("2026-03-16", 121, Modality.VIDEO, 1).check(FIRST, LAST);

        assertThat(outcome(half, "in-person-half")).isEqualTo(RuleOutcome.MET);
        assertThat(outcome(over, "in-person-half")).isEqualTo(RuleOutcome.NOT_MET);
        assertThat(rule(over, "in-person-half").figures()).containsEntry("share", dec("50.2"));
    }

    @Test
    void twoInternsAreIndividualThreeAreGroupSevenAreTooMany() {
        PeriodCheck two = PackMonth.of(PACK).individual("2026-03-02", 60).group("2026-03-16", 60, 2)
                .check(FIRST, LAST);
        PeriodCheck three = PackMonth.of(PACK).individual("2026-03-02", 60).group("2026-03-16", 60, 3)
                .check(FIRST, LAST);
        PeriodCheck seven = PackMonth.of(PACK).individual("2026-03-02", 60).group("2026-03-16", 60, 7)
                .check(FIRST, LAST);

        assertThat(two.figures()).containsEntry("individualHours", dec("2.00")).containsEntry("groupHours", dec("0.00"));
        assertThat(three.figures()).containsEntry("individualHours", dec("1.00")).containsEntry("groupHours", dec("1.00"));
        assertThat(outcome(three, "group-alternates")).isEqualTo(RuleOutcome.MET);
        assertThat(outcome(seven, "group-size")).isEqualTo(RuleOutcome.NOT_MET);
        assertThat(seven.figures()).containsEntry("groupHours", dec("0.00"));
    }

    @Test
    void groupByVideoAndIndividualByTelephoneDoNotCount() {
        PeriodCheck check = PackMonth.of(PACK).session("2026-03-02", 60, Modality.VIDEO, 4)
                .session("2026-03-16", 60, Modality.PHONE, 1).check(FIRST, LAST);

        assertThat(outcome(check, "group-in-person")).isEqualTo(RuleOutcome.NOT_MET);
        assertThat(outcome(check, "no-telephone-only")).isEqualTo(RuleOutcome.NOT_MET);
        assertThat(check.figures()).containsEntry("supervisionHours", dec("0.00"));
    }

    @Test
    void moreGroupThanIndividualDoesNotAlternate() {
        PeriodCheck check = PackMonth.of(PACK).individual("2026-03-02", 60).group("2026-03-16", 61, 3)
                .check(FIRST, LAST);

        assertThat(outcome(check, "group-alternates")).isEqualTo(RuleOutcome.NOT_MET);
        assertThat(rule(check, "group-alternates").citation().source()).isEqualTo("Fla. Admin. Code R. 64B4-2.002");
    }
}
