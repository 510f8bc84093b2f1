package org.casenotes.supervision.core.licensure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casenotes.supervision.api.licensure.PeriodCheck;
import org.casenotes.supervision.api.licensure.RuleOutcome;
import org.casenotes.supervision.api.licensure.RuleResult;

/**
 * Evaluates one week or month of a supervisee's sessions against a pack: the session rules
 * decide which sessions count, then every rule is judged with the figures it rests on. Pure:
 * the same sessions, client hours and day give the same result. Thread-safe.
 */
final class PackChecker {

    /** The host's direct client hours over some days, or empty when it does not know them. */
    @FunctionalInterface
    interface DirectHours {
        Optional<BigDecimal> between(LocalDate first, LocalDate last);
    }

    private final RulePack pack;
    private final LicensureText text;

    PackChecker(RulePack pack, LicensureText text) {
        this.pack = pack;
        this.text = text;
    }

    /**
     * Checks one period.
     *
     * @param first the period's first day
     * @param last the period's last day
     * @param sessions the sessions from at least 13 days before {@code first} to {@code last}
     *     (the two-week rule looks back), the supervisee present at each
     * @param direct the host's client hours
     * @param today the day of the check: periods not over yet may still meet a minimum
     * @return the period's figures and every rule's result
     */
    PeriodCheck check(LocalDate first, LocalDate last, List<Session> sessions, DirectHours direct, LocalDate today) {
        List<CountedSession> all = CountedSession.judge(pack, sessions);
        List<CountedSession> inPeriod = all.stream().filter(s -> within(s.session().date(), first, last)).toList();
        BigDecimal directHours = directHours(first, last, direct);
        Figures figures = new Figures(pack, inPeriod, directHours);
        BigDecimal cap = pack.rules().stream().filter(r -> r.kind() == RuleKind.MAX_CREDITED_HOURS)
                .map(PackRule::hours).min(BigDecimal::compareTo).orElse(null);
        BigDecimal hours = Figures.hours(figures.minutes);
        BigDecimal credited = cap == null || hours.compareTo(cap) <= 0 ? hours : cap.setScale(2, RoundingMode.HALF_UP);
        boolean over = last.isBefore(today);
        List<RuleResult> results = new ArrayList<>();
        for (PackRule rule : pack.rules()) {
            Verdict verdict = pack.inForce(first, last)
                    ? judge(rule, first, last, inPeriod, all, figures, over, today)
                    : new Verdict(RuleOutcome.UNKNOWN, Map.of(), "outside");
            results.add(text.result(rule, verdict, pack));
        }
        return new PeriodCheck(first, last, figures.named(credited), results);
    }

    private Verdict judge(PackRule rule, LocalDate first, LocalDate last, List<CountedSession> inPeriod,
            List<CountedSession> all, Figures f, boolean over, LocalDate today) {
        Map<String, BigDecimal> n = new LinkedHashMap<>();
        long minutes = f.minutes;
        switch (rule.kind()) {
            case SESSION_SIZE, SESSION_MIN_MINUTES, SESSION_MODALITIES -> {
                List<CountedSession> refused = inPeriod.stream().filter(s -> rule.id().equals(s.excludedBy())).toList();
                n.put("sessions", BigDecimal.valueOf(refused.size()));
                n.put("hours", Figures.hours(refused.stream().mapToLong(s -> s.session().minutes()).sum()));
                putIfSet(n, "minimum", rule.minutes());
                return Verdict.of(refused.isEmpty(), n, false);
            }
            case SESSION_CREDIT_STEP -> {
                long dropped = inPeriod.stream().mapToLong(CountedSession::droppedMinutes).sum();
                n.put("minutes", BigDecimal.valueOf(dropped));
                n.put("step", BigDecimal.valueOf(rule.minutes()));
                return Verdict.of(dropped == 0, n, false);
            }
            case MIN_UNITS -> {
                n.put("units", f.units.setScale(2, RoundingMode.HALF_UP));
                n.put("required", rule.units());
                return Verdict.of(f.units.compareTo(rule.units()) >= 0, n, !over);
            }
            case MIN_UNITS_ABOVE_DIRECT_HOURS -> {
                if (f.directHours == null) {
                    return new Verdict(RuleOutcome.UNKNOWN, Map.of("aboveHours", rule.aboveHours()), "no-direct-hours");
                }
                n.put("directClientHours", f.directHours.setScale(2, RoundingMode.HALF_UP));
                n.put("aboveHours", rule.aboveHours());
                n.put("units", f.units.setScale(2, RoundingMode.HALF_UP));
                n.put("required", rule.units());
                if (f.directHours.compareTo(rule.aboveHours()) <= 0) {
                    return new Verdict(RuleOutcome.MET, n, "not-needed");
                }
                return Verdict.of(f.units.compareTo(rule.units()) >= 0, n, !over);
            }
            case MAX_CREDITED_HOURS -> {
                n.put("hours", Figures.hours(minutes));
                n.put("maximum", rule.hours());
                return Verdict.of(minutes <= Figures.minutesOf(rule.hours()), n, false);
            }
            case MIN_HOURS -> {
                n.put("hours", Figures.hours(minutes));
                n.put("required", rule.hours());
                return Verdict.of(minutes >= Figures.minutesOf(rule.hours()), n, !over);
            }
            case MAX_CLASS_SHARE -> {
                long part = rule.classes().stream().mapToLong(c -> f.classMinutes.getOrDefault(c, 0L)).sum();
                return share(part, minutes, rule, n);
            }
            case MAX_MODALITY_SHARE -> {
                long part = rule.modalities().stream().mapToLong(m -> f.modalityMinutes.get(m)).sum();
                return share(part, minutes, rule, n);
            }
            case MIN_HOURS_PER_FORTNIGHT -> {
                return fortnights(rule, first, last, all, today, n);
            }
            case MIN_HOURS_PER_DIRECT_HOURS -> {
                if (f.directHours == null) {
                    return new Verdict(RuleOutcome.UNKNOWN, Map.of(), "no-direct-hours");
                }
                BigDecimal required = f.directHours.multiply(rule.hours())
                        .divide(rule.perDirectHours(), 2, RoundingMode.CEILING);
                n.put("directClientHours", f.directHours.setScale(2, RoundingMode.HALF_UP));
                n.put("hours", Figures.hours(minutes));
                n.put("required", required);
                return Verdict.of(minutes >= Figures.minutesOf(required), n, !over);
            }
            case RECENCY -> {
                n.put("years", BigDecimal.valueOf(rule.years()));
                return Verdict.of(!last.isBefore(today.minusYears(rule.years())), n, false);
            }
            default -> throw new IllegalStateException("a rule kind without a judgement");
        }
    }

    private static Verdict share(long part, long whole, PackRule rule, Map<String, BigDecimal> n) {
        n.put("share", Figures.percent(part, whole));
        n.put("hours", Figures.hours(part));
        n.put("maximum", BigDecimal.valueOf(rule.percent()));
        return Verdict.of(part * 100 <= (long) rule.percent() * whole, n, false);
    }

    /** Each span of two consecutive weeks whose second week ends within the period. */
    private Verdict fortnights(PackRule rule, LocalDate first, LocalDate last, List<CountedSession> all,
            LocalDate today, Map<String, BigDecimal> n) {
        LocalDate weekEnd = first.with(TemporalAdjusters.nextOrSame(pack.weekStarts().minus(1)));
        long need = Figures.minutesOf(rule.hours());
        int spans = 0;
        int met = 0;
        boolean missed = false;
        long fewest = Long.MAX_VALUE;
        for (; !weekEnd.isAfter(last); weekEnd = weekEnd.plusWeeks(1)) {
            LocalDate start = weekEnd.minusDays(13);
            LocalDate end = weekEnd;
            long got = all.stream().filter(s -> s.counts() && within(s.session().date(), start, end))
                    .mapToLong(CountedSession::creditedMinutes).sum();
            spans++;
            fewest = Math.min(fewest, got);
            if (got >= need) {
                met++;
            } else if (end.isBefore(today)) {
                missed = true;
            }
        }
        n.put("spans", BigDecimal.valueOf(spans));
        n.put("spansMet", BigDecimal.valueOf(met));
        n.put("fewestHours", Figures.hours(spans == 0 ? 0 : fewest));
        n.put("required", rule.hours());
        if (missed) {
            return new Verdict(RuleOutcome.NOT_MET, n, null);
        }
        return met == spans ? new Verdict(RuleOutcome.MET, n, null) : new Verdict(RuleOutcome.UNKNOWN, n, "not-over");
    }

    private BigDecimal directHours(LocalDate first, LocalDate last, DirectHours direct) {
        BigDecimal sum = BigDecimal.ZERO;
        LocalDate weekStart = first.with(TemporalAdjusters.previousOrSame(pack.weekStarts()));
        for (; !weekStart.isAfter(last); weekStart = weekStart.plusWeeks(1)) {
            LocalDate from = weekStart.isBefore(first) ? first : weekStart;
            LocalDate to = weekStart.plusDays(6).isAfter(last) ? last : weekStart.plusDays(6);
            Optional<BigDecimal> hours = direct.between(from, to);
            if (hours.isEmpty()) {
                return null;
            }
            sum = sum.add(hours.get());
        }
        return sum;
    }

    private static boolean within(LocalDate day, LocalDate first, LocalDate last) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    private static void putIfSet(Map<String, BigDecimal> n, String name, Integer value) {
        if (value != null) {
            n.put(name, BigDecimal.valueOf(value));
        }
    }

    /**
     * A rule's outcome, its figures and, when the outcome needs one, why.
     *
     * @param outcome met, not met or unknown
     * @param figures the figures, by name
     * @param reason {@code null}, or {@code outside}, {@code no-direct-hours}, {@code not-needed}, {@code not-over}
     */
    record Verdict(RuleOutcome outcome, Map<String, BigDecimal> figures, String reason) {

        /** A minimum not reached in a period that is not over yet is not decided. */
        static Verdict of(boolean met, Map<String, BigDecimal> figures, boolean stillOpen) {
            if (met) {
                return new Verdict(RuleOutcome.MET, figures, null);
            }
            return stillOpen ? new Verdict(RuleOutcome.UNKNOWN, figures, "not-over")
                    : new Verdict(RuleOutcome.NOT_MET, figures, null);
        }
    }
}
