package org.casenotes.supervision.core.licensure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casenotes.supervision.api.licensure.PeriodCheck;
import org.casenotes.supervision.api.licensure.RuleOutcome;
import org.casenotes.supervision.api.licensure.RuleResult;
import org.casenotes.supervision.api.meeting.Modality;

/**
 * A hand-worked week or month for one built-in pack: the sessions a supervisee was present
 * at, the direct client hours the host reports per week (by the week's first day asked), and
 * the day of the check.
 */
final class PackMonth {

    static final RulePacks PACKS = RulePacks.load(List.of());

    private final RulePack pack;
    private final List<Session> sessions = new ArrayList<>();
    private final Map<LocalDate, BigDecimal> direct = new HashMap<>();
    private LocalDate today = LocalDate.of(2027, 1, 15);
    private Locale locale = Locale.ENGLISH;

    private PackMonth(String packId) {
        this.pack = PACKS.byId(packId).orElseThrow();
    }

    static PackMonth of(String packId) {
        return new PackMonth(packId);
    }

    /** A meeting on a day: minutes, modality, supervisees present (the supervisee included). */
    PackMonth session(String day, int minutes, Modality modality, int present) {
        sessions.add(new Session("m" + sessions.size(), LocalDate.parse(day), "sup-1", minutes, modality, present));
        return this;
    }

    PackMonth individual(String day, int minutes) {
        return session(day, minutes, Modality.IN_PERSON, 1);
    }

    PackMonth group(String day, int minutes, int present) {
        return session(day, minutes, Modality.IN_PERSON, present);
    }

    /** Direct client hours the host reports for the days asked starting on this day. */
    PackMonth direct(String firstDayAsked, String hours) {
        direct.put(LocalDate.parse(firstDayAsked), new BigDecimal(hours));
        return this;
    }

    PackMonth today(String day) {
        today = LocalDate.parse(day);
        return this;
    }

    PackMonth in(Locale language) {
        locale = language;
        return this;
    }

    PeriodCheck check(String first, String last) {
        PackChecker checker = new PackChecker(pack, LicensureText.of(locale));
        return checker.check(LocalDate.parse(first), LocalDate.parse(last), sessions,
                (from, to) -> direct.isEmpty() ? Optional.empty()
                        : Optional.of(direct.getOrDefault(from, BigDecimal.ZERO)), today);
    }

    static RuleResult rule(PeriodCheck check, String ruleId) {
        return check.rules().stream().filter(r -> r.ruleId().equals(ruleId)).findFirst().orElseThrow();
    }

    static RuleOutcome outcome(PeriodCheck check, String ruleId) {
        return rule(check, ruleId).outcome();
    }
}
