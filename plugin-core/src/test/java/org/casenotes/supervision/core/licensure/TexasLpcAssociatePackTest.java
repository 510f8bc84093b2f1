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
 * Texas LPC Associate, March 2026, worked by hand against 22 TAC §681.83(e): at least 4 hours
 * of supervision a month; individual is 1 or 2 Associates, group 3 or more; at most 50% of
 * the hours in group.
 */
class TexasLpcAssociatePackTest {

    private static final String PACK = "us-tx-lpc-associate";
    private static final String FIRST = "2026-03-01";
    private static final String LAST = "2026-03-31";

    @Test
    void fourHoursAMonthAreNeeded239MinutesAreShort() {
        PeriodCheck short239 = PackMonth.of(PACK).individual("2026-03-03", 120).individual("2026-03-17", 119)
                .check(FIRST, LAST);
        PeriodCheck four = PackMonth.of(PACK).individual("2026-03-03", 120).individual("2026-03-17", 120)
                .check(FIRST, LAST);

        assertThat(outcome(short239, "monthly-hours")).isEqualTo(RuleOutcome.NOT_MET);
        assertThat(rule(short239, "monthly-hours").figures()).containsEntry("hours", dec("3.98"))
                .containsEntry("required", dec("4"));
        assertThat(outcome(four, "monthly-hours")).isEqualTo(RuleOutcome.MET);
        assertThat(rule(four, "monthly-hours").citation().source()).isEqualTo("22 Tex. Admin. Code §681.83(e)");
        assertThat(rule(four, "monthly-hours").citation().verified()).isTrue();
    }

    @Test
    void groupAtHalfTheHoursIsAllowedAt51PercentItIsNot() {
        PeriodCheck half = PackMonth.of(PACK).individual("2026-03-03", 120).group("2026-03-10", 120, 4)
                .check(FIRST, LAST);
        PeriodCheck over = PackMonth.of(PACK).individual("2026-03-03", 147).group("2026-03-10", 153, 4)
                .check(FIRST, LAST);

        assertThat(outcome(half, "group-share")).isEqualTo(RuleOutcome.MET);
        assertThat(rule(half, "group-share").figures()).containsEntry("share", dec("50.0"));
        assertThat(outcome(over, "group-share")).isEqualTo(RuleOutcome.NOT_MET);
        assertThat(rule(over, "group-share").figures()).containsEntry("share", dec("51.0"))
                .containsEntry("maximum", dec("50"));
        assertThat(rule(over, "group-share").explanation()).isEqualTo(
                "group supervision is 51% (2.55 h), more than 50%.");
    }

    @Test
    void twoAssociatesTogetherAreIndividualSupervisionThreeAreGroup() {
        PeriodCheck two = PackMonth.of(PACK).individual("2026-03-03", 60).group("2026-03-10", 180, 2)
                .check(FIRST, LAST);
        PeriodCheck three = PackMonth.of(PACK).individual("2026-03-03", 60).group("2026-03-10", 180, 3)
                .check(FIRST, LAST);

        assertThat(two.figures()).containsEntry("individualHours", dec("4.00")).containsEntry("groupHours", dec("0.00"));
        assertThat(outcome(two, "group-share")).isEqualTo(RuleOutcome.MET);
        assertThat(three.figures()).containsEntry("groupHours", dec("3.00"));
        assertThat(outcome(three, "group-share")).isEqualTo(RuleOutcome.NOT_MET);
    }

    @Test
    void videoSupervisionCountsInTexas() {
        PeriodCheck video = PackMonth.of(PACK).session("2026-03-03", 240, Modality.VIDEO, 1).check(FIRST, LAST);

        assertThat(video.allMet()).isTrue();
        assertThat(video.figures()).containsEntry("videoShare", dec("100.0"));
    }
}
