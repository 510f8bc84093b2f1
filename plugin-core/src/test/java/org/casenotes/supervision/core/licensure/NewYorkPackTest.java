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
 * New York LMHC and LCSW, March 2026, worked by hand: every minute credited (no quarter-hour
 * rule, as none was found in the regulation text); LMHC at least 2 hours in every two weeks;
 * LCSW supervision in person.
 */
class NewYorkPackTest {

    private static final String FIRST = "2026-03-01";
    private static final String LAST = "2026-03-31";

    @Test
    void everyMinuteIsCreditedNoQuarterHourRuleIsClaimedWithoutItsText() {
        PeriodCheck check74 = PackMonth.of("us-ny-lmhc").individual("2026-03-02", 74).check(FIRST, LAST);
        PeriodCheck lcsw = PackMonth.of("us-ny-lcsw").individual("2026-03-02", 74).check(FIRST, LAST);

        assertThat(check74.figures()).containsEntry("supervisionHours", dec("1.23"));
        assertThat(lcsw.figures()).containsEntry("supervisionHours", dec("1.23"));
        assertThat(check74.rules()).extracting(r -> r.kind()).doesNotContain("session-credit-step");
        assertThat(lcsw.rules()).extracting(r -> r.kind()).doesNotContain("session-credit-step");
    }

    @Test
    void lmhcNeedsTwoHoursInEveryTwoWeeks() {
        // Weekly hours from 23 February: every two-week span ending in March holds 2 hours.
        PackMonth enough = PackMonth.of("us-ny-lmhc");
        // The same, with the 16 March meeting 59 minutes, so the spans ending 21 and 28 March
        // hold 1.98 hours.
        PackMonth short1 = PackMonth.of("us-ny-lmhc");
        for (String day : new String[] {"2026-02-23", "2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23"}) {
            enough.individual(day, 60);
            short1.individual(day, day.equals("2026-03-16") ? 59 : 60);
        }
        PeriodCheck withoutFebruary = PackMonth.of("us-ny-lmhc").individual("2026-03-02", 60)
                .individual("2026-03-09", 60).individual("2026-03-16", 60).individual("2026-03-23", 60)
                .check(FIRST, LAST);

        PeriodCheck met = enough.check(FIRST, LAST);
        PeriodCheck unmet = short1.check(FIRST, LAST);

        assertThat(outcome(met, "fortnightly-supervision")).isEqualTo(RuleOutcome.MET);
        assertThat(rule(met, "fortnightly-supervision").figures()).containsEntry("spans", dec("4"))
                .containsEntry("spansMet", dec("4"));
        assertThat(outcome(unmet, "fortnightly-supervision")).isEqualTo(RuleOutcome.NOT_MET);
        assertThat(rule(unmet, "fortnightly-supervision").figures()).containsEntry("spansMet", dec("2"))
                .containsEntry("fewestHours", dec("1.98"));
        assertThat(outcome(withoutFebruary, "fortnightly-supervision")).isEqualTo(RuleOutcome.NOT_MET);
        assertThat(rule(withoutFebruary, "fortnightly-supervision").figures()).containsEntry("spansMet", dec("3"));
    }

    @Test
    void lcswSupervisionCountsOnlyInPerson() {
        PeriodCheck check = PackMonth.of("us-ny-lcsw").individual("2026-03-02", 60)
                .session("2026-03-09", 60, Modality.VIDEO, 1).check(FIRST, LAST);

        assertThat(outcome(check, "in-person")).isEqualTo(RuleOutcome.NOT_MET);
        assertThat(rule(check, "in-person").figures()).containsEntry("sessions", dec("1"));
        assertThat(check.figures()).containsEntry("supervisionHours", dec("1.00"));
    }
}
