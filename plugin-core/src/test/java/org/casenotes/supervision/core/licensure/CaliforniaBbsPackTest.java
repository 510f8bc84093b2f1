package org.casenotes.supervision.core.licensure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casenotes.supervision.core.licensure.PackMonth.outcome;
import static org.casenotes.supervision.core.licensure.PackMonth.rule;

import org.casenotes.supervision.api.licensure.PeriodCheck;
import org.casenotes.supervision.api.licensure.RuleOutcome;
import org.casenotes.supervision.api.meeting.Modality;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * California BBS associates (AMFT, APCC, ASW), week of Sunday 1 to Saturday 7 March 2026,
 * worked by hand: a unit is 1 hour individual or triadic or 2 hours group; a group segment
 * under an hour does not count; more than 10 direct client hours need a second unit; at most
 * 6 hours credited a week; experience older than 6 years does not count.
 */
class CaliforniaBbsPackTest {

    private static final String FIRST = "2026-03-01";
    private static final String LAST = "2026-03-07";

    @ParameterizedTest
    @ValueSource(strings = {"us-ca-bbs-amft", "us-ca-bbs-apcc", "us-ca-bbs-asw"})
    void aGroupSegmentOf59MinutesDoesNotCountAnd60Does(String pack) {
        PeriodCheck short59 = PackMonth.of(pack).individual("2026-03-02", 60).group("2026-03-04", 59, 4)
                .check(FIRST, LAST);
        PeriodCheck full60 = PackMonth.of(pack).individual("2026-03-02", 60).group("2026-03-04", 60, 4)
                .check(FIRST, LAST);

        assertThat(outcome(short59, "group-segment")).isEqualTo(RuleOutcome.NOT_MET);
        assertThat(rule(short59, "group-segment").figures()).containsEntry("sessions", dec("1"))
                .containsEntry("hours", dec("0.98"));
        assertThat(short59.figures()).containsEntry("units", dec("1.00")).containsEntry("groupHours", dec("0.00"));
        assertThat(outcome(full60, "group-segment")).isEqualTo(RuleOutcome.MET);
        assertThat(full60.figures()).containsEntry("units", dec("1.50")).containsEntry("groupHours", dec("1.00"));
        assertThat(rule(full60, "group-segment").citation().source()).startsWith("Cal. Bus. & Prof. Code §49");
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-ca-bbs-amft", "us-ca-bbs-apcc", "us-ca-bbs-asw"})
    void aWeekNeedsOneUnitTwoHoursOfGroupMakeOne(String pack) {
        PeriodCheck none = PackMonth.of(pack).group("2026-03-04", 119, 3).check(FIRST, LAST);
        PeriodCheck twoHoursGroup = PackMonth.of(pack).group("2026-03-04", 120, 3).check(FIRST, LAST);
        PeriodCheck oneHourIndividual = PackMonth.of(pack).individual("2026-03-03", 60).check(FIRST, LAST);

        assertThat(outcome(none, "weekly-contact")).isEqualTo(RuleOutcome.NOT_MET);
        assertThat(rule(none, "weekly-contact").figures()).containsEntry("units", dec("0.99"))
                .containsEntry("required", dec("1"));
        assertThat(outcome(twoHoursGroup, "weekly-contact")).isEqualTo(RuleOutcome.MET);
        assertThat(outcome(oneHourIndividual, "weekly-contact")).isEqualTo(RuleOutcome.MET);
        assertThat(rule(none, "weekly-contact").explanation()).isEqualTo(
                "Only 0.99 units of supervision; at least 1 needed.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-ca-bbs-amft", "us-ca-bbs-apcc", "us-ca-bbs-asw"})
    void aGroupOfTwoIsTriadicAndCountsHourForHourAGroupOfThreeCountsHalf(String pack) {
        PeriodCheck two = PackMonth.of(pack).group("2026-03-04", 60, 2).check(FIRST, LAST);
        PeriodCheck three = PackMonth.of(pack).group("2026-03-04", 60, 3).check(FIRST, LAST);
        PeriodCheck nine = PackMonth.of(pack).group("2026-03-04", 120, 9).check(FIRST, LAST);

        assertThat(two.figures()).containsEntry("triadicHours", dec("1.00")).containsEntry("units", dec("1.00"));
        assertThat(outcome(two, "weekly-contact")).isEqualTo(RuleOutcome.MET);
        assertThat(three.figures()).containsEntry("groupHours", dec("1.00")).containsEntry("units", dec("0.50"));
        assertThat(outcome(three, "weekly-contact")).isEqualTo(RuleOutcome.NOT_MET);
        assertThat(outcome(nine, "group-size")).isEqualTo(RuleOutcome.NOT_MET);
        assertThat(nine.figures()).containsEntry("supervisionHours", dec("0.00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-ca-bbs-amft", "us-ca-bbs-apcc", "us-ca-bbs-asw"})
    void tenDirectHoursNeedOneUnitElevenNeedTwo(String pack) {
        PeriodCheck ten = PackMonth.of(pack).individual("2026-03-02", 60).direct(FIRST, "10").check(FIRST, LAST);
        PeriodCheck eleven = PackMonth.of(pack).individual("2026-03-02", 60).direct(FIRST, "11").check(FIRST, LAST);
        PeriodCheck elevenTwoUnits = PackMonth.of(pack).individual("2026-03-02", 60).group("2026-03-05", 120, 3)
                .direct(FIRST, "11").check(FIRST, LAST);
        PeriodCheck unknown = PackMonth.of(pack).individual("2026-03-02", 60).check(FIRST, LAST);

        assertThat(outcome(ten, "second-unit")).isEqualTo(RuleOutcome.MET);
        assertThat(rule(ten, "second-unit").explanation()).contains("not more than 10");
        assertThat(outcome(eleven, "second-unit")).isEqualTo(RuleOutcome.NOT_MET);
        assertThat(rule(eleven, "second-unit").figures()).containsEntry("directClientHours", dec("11.00"))
                .containsEntry("units", dec("1.00")).containsEntry("required", dec("2"));
        assertThat(outcome(elevenTwoUnits, "second-unit")).isEqualTo(RuleOutcome.MET);
        assertThat(outcome(unknown, "second-unit")).isEqualTo(RuleOutcome.UNKNOWN);
        assertThat(unknown.figures()).doesNotContainKey("directClientHours");
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-ca-bbs-amft", "us-ca-bbs-apcc", "us-ca-bbs-asw"})
    void atMostSixHoursAWeekAreCredited(String pack) {
        PeriodCheck six = PackMonth.of(pack).individual("2026-03-02", 240).individual("2026-03-03", 120)
                .check(FIRST, LAST);
        PeriodCheck seven = PackMonth.of(pack).individual("2026-03-02", 240).individual("2026-03-03", 180)
                .check(FIRST, LAST);

        assertThat(outcome(six, "weekly-cap")).isEqualTo(RuleOutcome.MET);
        assertThat(six.figures()).containsEntry("creditedHours", dec("6.00"));
        assertThat(outcome(seven, "weekly-cap")).isEqualTo(RuleOutcome.NOT_MET);
        assertThat(seven.figures()).containsEntry("supervisionHours", dec("7.00")).containsEntry("creditedHours",
                dec("6.00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-ca-bbs-amft", "us-ca-bbs-apcc", "us-ca-bbs-asw"})
    void telephoneSupervisionDoesNotCountVideoDoes(String pack) {
        PeriodCheck phone = PackMonth.of(pack).session("2026-03-02", 60, Modality.PHONE, 1).check(FIRST, LAST);
        PeriodCheck video = PackMonth.of(pack).session("2026-03-02", 60, Modality.VIDEO, 1).check(FIRST, LAST);

        assertThat(outcome(phone, "face-to-face")).isEqualTo(RuleOutcome.NOT_MET);
        assertThat(outcome(phone, "weekly-contact")).isEqualTo(RuleOutcome.NOT_MET);
        assertThat(outcome(video, "face-to-face")).isEqualTo(RuleOutcome.MET);
        assertThat(outcome(video, "weekly-contact")).isEqualTo(RuleOutcome.MET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-ca-bbs-amft", "us-ca-bbs-apcc", "us-ca-bbs-asw"})
    void aWeekEndingExactlySixYearsAgoStillCountsADayMoreDoesNot(String pack) {
        PackMonth week = PackMonth.of(pack).individual("2026-03-02", 60);

        assertThat(outcome(week.today("2032-03-07").check(FIRST, LAST), "six-years")).isEqualTo(RuleOutcome.MET);
        assertThat(outcome(week.today("2032-03-08").check(FIRST, LAST), "six-years")).isEqualTo(RuleOutcome.NOT_MET);
    }

    @ParameterizedTest
    @ValueSource(strings = {"us-ca-bbs-amft", "us-ca-bbs-apcc", "us-ca-bbs-asw"})
    void aWeekNotOverYetIsNotJudgedShortAndAWeekBeforeThePackIsNotChecked(String pack) {
        PeriodCheck current = PackMonth.of(pack).today("2026-03-04").check(FIRST, LAST);
        PeriodCheck before = PackMonth.of(pack).individual("2023-03-06", 60).check("2023-03-05", "2023-03-11");

        assertThat(outcome(current, "weekly-contact")).isEqualTo(RuleOutcome.UNKNOWN);
        assertThat(before.rules()).allMatch(r -> r.outcome() == RuleOutcome.UNKNOWN);
        assertThat(rule(before, "weekly-contact").explanation()).contains("2024-01-01");
    }

    static java.math.BigDecimal dec(String value) {
        return new java.math.BigDecimal(value);
    }
}
