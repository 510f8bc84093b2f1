package org.casenotes.supervision.host;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Vocabulary;
import org.casenotes.supervision.api.licensure.BoardStatement;
import org.casenotes.supervision.api.licensure.Licensure;
import org.casenotes.supervision.api.licensure.LicensureCheck;
import org.casenotes.supervision.api.licensure.PeriodCheck;
import org.casenotes.supervision.api.licensure.RuleOutcome;
import org.casenotes.supervision.api.licensure.RuleResult;
import org.casenotes.supervision.host.clinic.ClinicStaff;
import org.casenotes.supervision.host.clinic.ClinicUser;
import org.casenotes.supervision.host.web.MessageFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Checks a supervisee's supervision against their board's rules and writes the board summary CSV. */
@Command(name = "board-summary", description = "Check a supervisee's supervision against their board's rule pack,"
        + " week by week or month by month, and write the board summary as CSV or the signed board statement as PDF.")
final class BoardSummaryCommand implements Callable<Integer> {

    @Mixin
    private HostOptions options;

    @Option(names = "--supervisee", required = true, paramLabel = "ID", description = "The supervisee's user id.")
    private String supervisee;

    @Option(names = "--supervisor", paramLabel = "ID", description = "Count only this supervisor's meetings.")
    private String supervisor;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day, inclusive (YYYY-MM-DD).")
    private LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day, inclusive (YYYY-MM-DD).")
    private LocalDate to;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the board summary as RFC 4180 CSV to FILE.")
    private Path csv;

    @Option(names = "--statement", paramLabel = "FILE", description = "Write the board statement the supervisor"
            + " named by --supervisor signs (PDF/A-3b, only their meetings) to FILE.")
    private Path statement;

    @Option(names = "--locale", paramLabel = "TAG", description = "Language of the explanations: en (default) or es.")
    private String locale = "en";

    @Option(names = "--zone", paramLabel = "ZONE", description = "The practice's time zone (default: the host's).")
    private ZoneId zone;

    @Override
    public Integer call() throws Exception {
        ZoneId practiceZone = zone != null ? zone : ZoneId.systemDefault();
        try (ModuleSession local = ModuleSession.open(options)) {
            ClinicStaff staff = new ClinicStaff(local.database().dataSource());
            Optional<ClinicUser> person = staff.byId(supervisee);
            Optional<ClinicUser> admin = person.flatMap(p -> staff.firstAdmin(p.organisationId()));
            if (person.isEmpty() || admin.isEmpty()) {
                System.err.println("error: no staff member " + supervisee + " in a practice with an admin");
                return 2;
            }
            Actor actor = admin.get().actor();
            Licensure licensure = local.module().licensure();
            Locale language = Locale.forLanguageTag(locale);
            LicensureCheck check = licensure.check(actor, supervisee, supervisor, from, to, practiceZone, language);
            print(check, person.get().displayName(), local.module().vocabulary(), language);
            if (csv != null) {
                Path temp = Files.createTempFile(csv.toAbsolutePath().getParent(), ".board-", ".csv");
                Files.writeString(temp, licensure.boardCsv(actor, supervisee, supervisor, from, to, practiceZone),
                        StandardCharsets.UTF_8);
                Files.move(temp, csv, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                System.out.println("CSV written to " + csv);
            }
            if (statement != null) {
                Optional<ClinicUser> signer = supervisor == null ? Optional.empty() : staff.byId(supervisor);
                if (signer.isEmpty()) {
                    System.err.println("error: --statement needs --supervisor naming the signing supervisor.");
                    return 2;
                }
                BoardStatement written = licensure.boardStatement(signer.get().actor(), supervisee, from, to,
                        practiceZone, language, statement);
                System.out.println("Board statement written to " + written.file() + " ("
                        + MessageFiles.host().counted("cli.pages", written.pages(), Locale.ENGLISH) + ", sha256 "
                        + written.sha256() + "): " + written.signatureLine());
            }
            return 0;
        }
    }

    /** Prints the check: outcomes in the vocabulary's words, explanations in the language asked for. */
    private static void print(LicensureCheck check, String name, Vocabulary words, Locale language) {
        System.out.println(check.pack().board() + " — " + check.pack().licence() + " (" + check.pack().id() + " v"
                + check.pack().version() + ") for " + check.superviseeId() + " (" + name + ")");
        for (PeriodCheck period : check.periods()) {
            RuleOutcome overall = period.allMet() ? RuleOutcome.MET
                    : period.rules().stream().anyMatch(r -> r.outcome() == RuleOutcome.NOT_MET) ? RuleOutcome.NOT_MET
                    : RuleOutcome.UNKNOWN;
            System.out.println(period.first() + " to " + period.last() + ": " + words.label(overall, language));
            for (RuleResult rule : period.rules()) {
                System.out.println("  [" + words.label(rule.outcome(), language) + "] " + rule.label() + " — "
                        + rule.explanation() + " (" + rule.citation().source() + ")");
            }
        }
    }
}
