package org.casenotes.supervision.core.licensure;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.casenotes.supervision.api.Person;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.SupervisionDirectory;
import org.casenotes.supervision.api.error.StorageUnavailableException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.licensure.BoardStatement;
import org.casenotes.supervision.api.licensure.CheckPeriod;
import org.casenotes.supervision.api.licensure.LicensureCheck;
import org.casenotes.supervision.api.licensure.PeriodCheck;
import org.casenotes.supervision.api.licensure.RuleOutcome;
import org.casenotes.supervision.api.licensure.RuleResult;
import org.casenotes.supervision.api.signature.ProfessionalLicence;
import org.casenotes.supervision.core.packet.BoardStatementContent;
import org.casenotes.supervision.core.packet.BoardStatementContent.Pair;
import org.casenotes.supervision.core.packet.pdf.BoardStatementPdf;
import org.casenotes.supervision.core.signature.SignatureText;

/**
 * Builds the board statement a supervisor signs (or the close-out of an ended assignment) from a
 * check, in the pack's fields and the statement's language, and writes it through the packet's
 * PDF layer: to a temporary file beside the destination, then moved into place, so a reader never
 * sees half a file. Thread-safe.
 */
final class BoardStatements {

    /** One statement to write. */
    record Request(String org, String supervisorId, String superviseeId, RulePack pack, LicensureCheck check,
            SupervisionAssignment closing, LocalDate today, Instant now, LicensureText text) {
    }

    private final SupervisionDirectory directory;
    private final BoardStatementPdf pdf;

    BoardStatements(SupervisionDirectory directory, List<Path> fonts) {
        this.directory = directory;
        this.pdf = new BoardStatementPdf(fonts);
    }

    BoardStatement write(Request r, String csv, Path destination) {
        Path target = destination.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw ValidationException.of("/destination", "licensure.folder-missing",
                    "The board statement's folder does not exist.");
        }
        BoardStatementContent content = content(r);
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, ".board-", ".part");
            int pages = pdf.render(content, csv, temporary);
            long size = Files.size(temporary);
            String sha256 = sha256(temporary);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temporary = null;
            return new BoardStatement(target, pages, size, sha256, r.pack().id(), r.check().from(), r.check().to(),
                    r.closing() != null, content.signature().signatureLine());
        } catch (IOException | UncheckedIOException e) {
            throw new StorageUnavailableException("The board statement could not be written.", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException e) {
                    // The export's own failure matters more than a leftover scratch file.
                }
            }
        }
    }

    /** The statement's words and figures; package-private for tests. */
    BoardStatementContent content(Request r) {
        LicensureText t = r.text();
        Optional<Person> supervisee = directory.person(r.org(), r.superviseeId());
        Optional<Person> supervisor = directory.person(r.org(), r.supervisorId());
        String superviseeName = supervisee.map(Person::displayName).orElse(r.superviseeId());
        String supervisorName = supervisor.map(Person::displayName).orElse(r.supervisorId());
        String credentials = supervisor.map(Person::credentials).orElse("");
        ProfessionalLicence licence = directory.licence(r.org(), r.supervisorId()).orElse(null);
        LicensureCheck check = r.check();
        boolean closeOut = r.closing() != null;

        List<Pair> facts = new ArrayList<>();
        facts.add(new Pair(t.statement("board", Map.of()), r.pack().summary().board()));
        facts.add(new Pair(t.statement("licence", Map.of()), r.pack().summary().licence()));
        facts.add(new Pair(t.statement("rules", Map.of()), t.statement("rulesValue", Map.of("pack", r.pack().id(),
                "version", Integer.toString(r.pack().summary().version()),
                "from", r.pack().summary().effectiveFrom().toString()))));
        facts.add(new Pair(t.statement("supervisee", Map.of()), superviseeName
                + supervisee.map(Person::credentials).filter(c -> !c.isBlank()).map(c -> ", " + c).orElse("")));
        facts.add(new Pair(t.statement("supervisor", Map.of()), supervisorName
                + (credentials.isBlank() ? "" : ", " + credentials)));
        facts.add(new Pair(t.statement(closeOut ? "assignment" : "period", Map.of()), t.statement("periodValue",
                Map.of("from", check.from().toString(), "to", check.to().toString()))));

        List<String> columns = r.pack().columns().stream().map(RulePack.ExportColumn::header).toList();
        List<List<String>> rows = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (PeriodCheck period : check.periods()) {
            List<String> row = new ArrayList<>();
            for (RulePack.ExportColumn c : r.pack().columns()) {
                row.add(c.value().equals("allMet") ? met(t, period) : BoardCsv.cell(period, c.value()));
            }
            rows.add(row);
            String when = r.pack().period() == CheckPeriod.WEEK ? period.first() + " – " + period.last()
                    : period.first().toString().substring(0, 7);
            for (RuleResult rule : period.rules()) {
                if (rule.outcome() != RuleOutcome.MET) {
                    notes.add(t.statement(rule.outcome() == RuleOutcome.NOT_MET ? "notMet" : "notKnown", Map.of(
                            "period", when, "rule", rule.label(), "explanation", rule.explanation(),
                            "source", rule.citation().source())));
                }
            }
        }
        if (rows.isEmpty()) {
            notes.add(0, t.statement("noRows", Map.of()));
        }
        notes.add(t.statement("layout", Map.of()));

        String signatureLine = SignatureText.line(supervisorName, credentials, licence, r.today());
        String attestation = closeOut
                ? t.statement("closeOutAttestation", Map.of("supervisor", supervisorName, "supervisee", superviseeName,
                        "from", r.closing().validFrom().toString(), "to", r.closing().validTo().toString()))
                : t.statement("attestation", Map.of("supervisor", supervisorName, "supervisee", superviseeName));
        List<Pair> details = List.of(
                new Pair(t.statement("name", Map.of()), supervisorName),
                new Pair(t.statement("credentials", Map.of()), credentials.isBlank() ? "—" : credentials),
                new Pair(t.statement("licenceNumber", Map.of()), licence == null ? t.statement("noLicence", Map.of())
                        : licence.type() + " " + licence.number() + " (" + licence.jurisdiction() + ")"),
                new Pair(t.statement("signedOn", Map.of()), r.today().toString()));

        return new BoardStatementContent(t.statement(closeOut ? "closeOutTitle" : "title", Map.of()),
                t.statement("notice", Map.of()), t.locale(), r.now(), facts,
                t.statement(r.pack().period() == CheckPeriod.WEEK ? "weeks" : "months", Map.of()), columns, rows,
                t.statement(closeOut ? "totals" : "periodTotals", Map.of()), totals(t, r.pack(), check), notes,
                new BoardStatementContent.Signature(t.statement("signatureHeading", Map.of()), attestation,
                        signatureLine, details));
    }

    private static String met(LicensureText t, PeriodCheck period) {
        if (period.allMet()) {
            return t.statement("met.yes", Map.of());
        }
        boolean notMet = period.rules().stream().anyMatch(x -> x.outcome() == RuleOutcome.NOT_MET);
        return t.statement(notMet ? "met.no" : "met.unknown", Map.of());
    }

    /** The sums over every week or month: counts, hours by class, credited hours, client hours. */
    static List<Pair> totals(LicensureText t, RulePack pack, LicensureCheck check) {
        List<PeriodCheck> periods = check.periods();
        List<Pair> out = new ArrayList<>();
        out.add(new Pair(t.statement("total.periods", Map.of()), Integer.toString(periods.size())));
        out.add(new Pair(t.statement("total.periodsMet", Map.of()),
                Long.toString(periods.stream().filter(PeriodCheck::allMet).count())));
        out.add(new Pair(t.statement("total.sessions", Map.of()), sum(periods, "sessions").toPlainString()));
        for (SupervisionClass c : pack.classes()) {
            String label = t.statement("total.classHours", Map.of("class", t.className(c.id())));
            out.add(new Pair(label.substring(0, 1).toUpperCase(t.locale()) + label.substring(1),
                    sum(periods, c.id() + "Hours").setScale(2).toPlainString()));
        }
        out.add(new Pair(t.statement("total.supervisionHours", Map.of()),
                sum(periods, "supervisionHours").setScale(2).toPlainString()));
        out.add(new Pair(t.statement("total.creditedHours", Map.of()),
                sum(periods, "creditedHours").setScale(2).toPlainString()));
        boolean known = !periods.isEmpty() && periods.stream().allMatch(p -> p.figures().containsKey("directClientHours"));
        out.add(new Pair(t.statement("total.directClientHours", Map.of()), known
                ? sum(periods, "directClientHours").setScale(2).toPlainString()
                : t.statement("total.directClientHoursUnknown", Map.of())));
        return out;
    }

    private static BigDecimal sum(List<PeriodCheck> periods, String figure) {
        return periods.stream().map(p -> p.figures().getOrDefault(figure, BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
