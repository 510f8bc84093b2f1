package org.casenotes.supervision.core.licensure;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Person;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.SupervisionDirectory;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.InvalidStateException;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.api.error.PolicyException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.licensure.BoardStatement;
import org.casenotes.supervision.api.licensure.CheckPeriod;
import org.casenotes.supervision.api.licensure.Licensure;
import org.casenotes.supervision.api.licensure.LicensureCheck;
import org.casenotes.supervision.api.licensure.LicensureRecords;
import org.casenotes.supervision.api.licensure.PeriodCheck;
import org.casenotes.supervision.api.licensure.RulePackSummary;
import org.casenotes.supervision.api.meeting.HoursEntry;
import org.casenotes.supervision.api.meeting.HoursLog;
import org.casenotes.supervision.api.meeting.Meetings;
import org.casenotes.supervision.core.audit.AuditEntry;
import org.casenotes.supervision.core.audit.AuditTrail;
import org.casenotes.supervision.core.storage.Transactions;

/**
 * Checks a supervisee's supervision against their board's rule pack. The hours log gives the
 * meetings the supervisee was present at (its read right and audit apply), the meeting tables
 * how many were present, the host the client hours and the pack. Thread-safe.
 */
public final class LicensureService implements Licensure {

    /** The longest span one check covers, in days. */
    static final int MAX_DAYS = 400;
    /** The two-week rule looks back this many days before a period. */
    private static final int LOOK_BACK_DAYS = 13;

    /** The organisation's default rule pack from its policy. */
    @FunctionalInterface
    public interface DefaultPack {
        /**
         * The policy's default pack id.
         *
         * @param organisationId the organisation
         * @return the id, or empty when the policy names none
         */
        Optional<String> of(String organisationId);
    }

    private final RulePacks packs;
    private final Meetings meetings;
    private final Transactions transactions;
    private final LicensureRecords records;
    private final SupervisionDirectory directory;
    private final DefaultPack defaultPack;
    private final AuditTrail audit;
    private final Clock clock;
    private final BoardStatements statements;

    /**
     * Creates the service.
     *
     * @param packs the rule packs
     * @param meetings the meeting service, whose hours log decides who may read and what counts
     * @param transactions the transaction runner
     * @param records the host's licensure records
     * @param directory the host's directory, for names in the board summary
     * @param defaultPack the policy's default pack
     * @param audit where exports are recorded
     * @param clock the host's clock
     * @param fonts the host's TrueType fonts for board statements, tried after the plugin's own
     */
    public LicensureService(RulePacks packs, Meetings meetings, Transactions transactions, LicensureRecords records,
            SupervisionDirectory directory, DefaultPack defaultPack, AuditTrail audit, Clock clock,
            List<Path> fonts) {
        this.packs = packs;
        this.meetings = meetings;
        this.transactions = transactions;
        this.records = records;
        this.directory = directory;
        this.defaultPack = defaultPack;
        this.audit = audit;
        this.clock = clock;
        this.statements = new BoardStatements(directory, fonts);
    }

    @Override
    public List<RulePackSummary> rulePacks() {
        return packs.summaries();
    }

    @Override
    public String rulePackJson(String packId) {
        return packs.byId(packId).map(RulePack::document)
                .orElseThrow(() -> new NotFoundException("licensure.rule-pack-not-found", "no rule pack has this id"));
    }

    @Override
    public LicensureCheck check(Actor actor, String superviseeId, String supervisorId, LocalDate from, LocalDate to,
            ZoneId zone, Locale locale) {
        return run(actor, superviseeId, supervisorId, from, to, zone, locale, true).check();
    }

    @Override
    public String boardCsv(Actor actor, String superviseeId, String supervisorId, LocalDate from, LocalDate to,
            ZoneId zone) {
        Run run = run(actor, superviseeId, supervisorId, from, to, zone, Locale.ENGLISH, true);
        String org = actor.organisationId();
        String csv = BoardCsv.write(run.pack(), run.check(), name(org, superviseeId),
                supervisorId == null ? "" : name(org, supervisorId));
        transactions.inTransaction("record a board summary export", tx -> {
            audit.append(tx, new AuditEntry(clock.instant(), org, actor.userId(), null, AuditAction.PRINT_EXPORT,
                    "supervision-hours", "supervisee", superviseeId, null, null, null,
                    "board-summary " + run.pack().id() + " " + from + ".." + to));
            return null;
        });
        return csv;
    }

    @Override
    public BoardStatement boardStatement(Actor actor, String superviseeId, LocalDate from, LocalDate to,
            ZoneId zone, Locale locale, Path destination) {
        requireSupervisor(actor);
        checkDays(from, to);
        requireKnownSupervisee(actor, superviseeId);
        String org = actor.organisationId();
        boolean assigned = directory.assignmentsOf(org, superviseeId).stream()
                .anyMatch(a -> a.supervisorId().equals(actor.userId()) && !a.validFrom().isAfter(to)
                        && (a.validTo() == null || !a.validTo().isBefore(from)));
        if (!assigned) {
            throw new ForbiddenException("licensure.not-assigned",
                    "this supervisor was not assigned to this supervisee during these days, so cannot sign their"
                            + " board statement");
        }
        Run run = run(actor, superviseeId, actor.userId(), from, to, zone, locale, true);
        return write(actor, run, superviseeId, null, zone, locale, destination);
    }

    @Override
    public BoardStatement closeOut(Actor actor, String superviseeId, ZoneId zone, Locale locale, Path destination) {
        requireSupervisor(actor);
        requireKnownSupervisee(actor, superviseeId);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        List<SupervisionAssignment> theirs = directory.assignmentsOf(actor.organisationId(), superviseeId).stream()
                .filter(a -> a.supervisorId().equals(actor.userId())).toList();
        if (theirs.isEmpty()) {
            throw new ForbiddenException("licensure.never-assigned",
                    "this supervisor was never assigned to this supervisee, so has no supervision of theirs to close out");
        }
        SupervisionAssignment ended = theirs.stream()
                .filter(a -> a.validTo() != null && !a.validTo().isAfter(today))
                .max(Comparator.comparing(SupervisionAssignment::validTo))
                .orElseThrow(() -> new InvalidStateException("licensure.assignment-not-ended",
                        "this supervisor's assignment to this supervisee has not ended yet; the close-out is written"
                                + " once it has ended"));
        Run run = run(actor, superviseeId, actor.userId(), ended.validFrom(), ended.validTo(), zone, locale, false);
        return write(actor, run, superviseeId, ended, zone, locale, destination);
    }

    private BoardStatement write(Actor actor, Run run, String superviseeId, SupervisionAssignment closing, ZoneId zone,
            Locale locale, Path destination) {
        String org = actor.organisationId();
        LocalDate today = LocalDate.now(clock.withZone(zone));
        String csv = BoardCsv.write(run.pack(), run.check(), name(org, superviseeId), name(org, actor.userId()));
        BoardStatement written = statements.write(new BoardStatements.Request(org, actor.userId(), superviseeId,
                run.pack(), run.check(), closing, today, clock.instant(), LicensureText.of(locale)), csv, destination);
        transactions.inTransaction("record a board statement export", tx -> {
            audit.append(tx, new AuditEntry(clock.instant(), org, actor.userId(), null, AuditAction.PRINT_EXPORT,
                    "supervision-hours", "supervisee", superviseeId, null, null, null,
                    (closing == null ? "board-statement " : "board-close-out ") + run.pack().id() + " "
                            + written.from() + ".." + written.to() + " sha256 " + written.sha256()));
            return null;
        });
        return written;
    }

    private static void requireSupervisor(Actor actor) {
        if (!actor.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("licensure.not-supervisor",
                    "this user is not a supervisor; only a supervisor signs a board statement or a close-out");
        }
    }

    /** A supervisee unknown in the practice is not found, whatever the signer's assignments. */
    private void requireKnownSupervisee(Actor actor, String superviseeId) {
        if (directory.person(actor.organisationId(), superviseeId).isEmpty()) {
            throw new NotFoundException("licensure.supervisee-not-found", "no supervisee has this user id in the practice");
        }
    }

    private record Run(RulePack pack, LicensureCheck check) {
    }

    private Run run(Actor actor, String superviseeId, String supervisorId, LocalDate from, LocalDate to,
            ZoneId zone, Locale locale, boolean limited) {
        if (limited) {
            checkDays(from, to);
        }
        String org = actor.organisationId();
        RulePack pack = packOf(org, superviseeId);
        List<LocalDate[]> periods = periods(pack, from, to);
        LocalDate fetchFrom = periods.get(0)[0].minusDays(LOOK_BACK_DAYS);
        LocalDate fetchTo = periods.get(periods.size() - 1)[1];
        HoursLog log = meetings.hours(actor, superviseeId, fetchFrom, fetchTo, zone);
        Instant start = fetchFrom.atStartOfDay(zone).toInstant();
        Instant end = fetchTo.plusDays(1).atStartOfDay(zone).toInstant();
        Map<String, Integer> present = transactions.inTransaction("count supervisees present",
                tx -> SessionSource.presentCounts(tx, org, superviseeId, start, end));
        List<Session> sessions = new ArrayList<>();
        for (HoursEntry e : log.entries()) {
            if (supervisorId == null || supervisorId.equals(e.supervisorId())) {
                sessions.add(new Session(e.meetingId(), e.date(), e.supervisorId(), e.minutes(), e.modality(),
                        present.getOrDefault(e.meetingId(), 1)));
            }
        }
        PackChecker checker = new PackChecker(pack, LicensureText.of(locale));
        LocalDate today = LocalDate.now(clock.withZone(zone));
        PackChecker.DirectHours direct = (first, last) -> records.directClientHours(org, superviseeId, first, last)
                .map(h -> h.signum() < 0 ? BigDecimal.ZERO : h);
        List<PeriodCheck> checks = new ArrayList<>();
        for (LocalDate[] p : periods) {
            checks.add(checker.check(p[0], p[1], sessions, direct, today));
        }
        return new Run(pack, new LicensureCheck(superviseeId, supervisorId, pack.summary(), from, to, checks));
    }

    private RulePack packOf(String org, String superviseeId) {
        Optional<String> id = records.rulePackOf(org, superviseeId).or(() -> defaultPack.of(org));
        if (id.isEmpty()) {
            throw new PolicyException("licensure.no-rule-pack",
                    "neither the host nor the policy names a board rule pack for this supervisee");
        }
        return packs.byId(id.get()).orElseThrow(() -> new PolicyException("licensure.unknown-rule-pack",
                "the board rule pack named for this supervisee is not known"));
    }

    static List<LocalDate[]> periods(RulePack pack, LocalDate from, LocalDate to) {
        List<LocalDate[]> periods = new ArrayList<>();
        if (pack.period() == CheckPeriod.WEEK) {
            for (LocalDate w = from.with(TemporalAdjusters.previousOrSame(pack.weekStarts())); !w.isAfter(to);
                    w = w.plusWeeks(1)) {
                periods.add(new LocalDate[] {w, w.plusDays(6)});
            }
        } else {
            for (LocalDate m = from.withDayOfMonth(1); !m.isAfter(to); m = m.plusMonths(1)) {
                periods.add(new LocalDate[] {m, m.with(TemporalAdjusters.lastDayOfMonth())});
            }
        }
        return periods;
    }

    private static void checkDays(LocalDate from, LocalDate to) {
        List<FieldProblem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(new FieldProblem("/from", "required", "the first day is required"));
        }
        if (to == null) {
            problems.add(new FieldProblem("/to", "required", "the last day is required"));
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldProblem("/to", "before-from", "the last day must not be before the first"));
        } else if (from != null && to != null && ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            problems.add(new FieldProblem("/to", "too-long", "a check covers at most " + MAX_DAYS + " days"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private String name(String org, String userId) {
        return directory.person(org, userId).map(Person::displayName).orElse(userId);
    }
}
