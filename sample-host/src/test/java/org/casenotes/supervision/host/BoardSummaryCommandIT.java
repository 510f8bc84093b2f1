package org.casenotes.supervision.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casenotes.supervision.host.testing.HostCommand;
import org.casenotes.supervision.host.testing.HostCommand.Run;
import org.casenotes.supervision.host.testing.PluginZips;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code board-summary} command over the demo practice's associates (February 2026, worked
 * by hand in docs/licensure.md), with the built plugin zip.
 */
class BoardSummaryCommandIT {

    private static final String[] FEBRUARY = {"--supervisor", "supervisor-3", "--from", "2026-02-01", "--to",
        "2026-02-28"};

    @TempDir
    Path temp;

    private String[] where;

    @BeforeEach
    void seedTheDemoPractices() throws Exception {
        Path plugins = PluginZips.folderWithBuiltPlugin(Files.createDirectories(temp.resolve("host")));
        where = new String[] {"--data", temp.resolve("data").toString(), "--plugins", plugins.toString()};
        Run seeded = run("demo-data");
        assertThat(seeded.exit()).as(seeded.err()).isZero();
    }

    @Test
    void californiaWeeksArePrintedInWordsAndWrittenAsTheBoardsRows() throws Exception {
        Path csv = temp.resolve("associate-ca board.csv");

        Run summary = run(with("board-summary", "--supervisee", "associate-ca", "--csv", csv.toString()));

        assertThat(summary.exit()).as(summary.err()).isZero();
        assertThat(lines(summary.out())).startsWith(
                "California Board of Behavioral Sciences — Associate Marriage and Family Therapist (AMFT)"
                        + " (us-ca-bbs-amft v1) for associate-ca (Diego Navarro)")
                .contains("2026-02-01 to 2026-02-07: Met", "2026-02-15 to 2026-02-21: Met",
                        "2026-02-22 to 2026-02-28: Not met")
                .anyMatch(l -> l.startsWith("  [Not met] ") && l.endsWith(" — 12 direct client hours, more than 10:"
                        + " only 1 unit of supervision, at least 2 needed. (Cal. Bus. & Prof. Code §4980.43.1)"))
                .noneMatch(l -> l.contains("NOT_MET") || l.contains("[MET]"));
        assertThat(summary.out()).contains("CSV written to " + csv);
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(String.join("\r\n",
                "Rule pack,Supervisee,Supervisor,Week beginning,Week ending,Direct clinical counseling hours,"
                        + "Individual supervision hours,Triadic supervision hours,Group supervision hours,"
                        + "Supervision units,Supervision hours credited,Week meets the supervision rules",
                "us-ca-bbs-amft v1,Diego Navarro,Dr. Maya Chen,2026-02-01,2026-02-07,10.00,1.00,0.00,0.00,1.00,1.00,yes",
                "us-ca-bbs-amft v1,Diego Navarro,Dr. Maya Chen,2026-02-08,2026-02-14,10.00,1.00,0.00,0.00,1.00,1.00,yes",
                "us-ca-bbs-amft v1,Diego Navarro,Dr. Maya Chen,2026-02-15,2026-02-21,11.00,1.00,0.00,2.00,2.00,3.00,yes",
                "us-ca-bbs-amft v1,Diego Navarro,Dr. Maya Chen,2026-02-22,2026-02-28,12.00,1.00,0.00,0.00,1.00,1.00,no",
                ""));
    }

    @Test
    void monthlyBoardsInSpanishSayTheOutcomeInTheVocabularysWords() throws Exception {
        Path csv = temp.resolve("tx.csv");

        Run texas = run(with("board-summary", "--supervisee", "associate-tx", "--locale", "es", "--csv", csv.toString()));
        Run newYork = run(with("board-summary", "--supervisee", "associate-ny", "--locale", "es"));

        assertThat(texas.exit()).as(texas.err()).isZero();
        assertThat(lines(texas.out())).contains("2026-02-01 to 2026-02-28: Cumplida")
                .anyMatch(l -> l.startsWith("  [Cumplida] ") && l.endsWith("(22 Tex. Admin. Code §681.83(e))"));
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).endsWith(
                "\r\nus-tx-lpc-associate v1,Grace Whitfield,Dr. Maya Chen,2026-02,4.00,4.00,8.00,50.0,80.00,yes\r\n");
        assertThat(newYork.exit()).as(newYork.err()).isZero();
        assertThat(lines(newYork.out())).contains("2026-02-01 to 2026-02-28: No cumplida")
                .anyMatch(l -> l.startsWith("  [No cumplida] "));
    }

    @Test
    void theSupervisorsStatementIsWrittenAndACloseOutWaitsForTheAssignmentToEnd() throws Exception {
        Path pdf = temp.resolve("statement fl.pdf");

        Run statement = run(with("board-summary", "--supervisee", "associate-fl", "--statement", pdf.toString()));
        Run closeOut = run("board-close-out", "--supervisee", "associate-fl", "--supervisor", "supervisor-3", "--out",
                temp.resolve("close-out.pdf").toString());

        assertThat(statement.exit()).as(statement.err()).isZero();
        assertThat(statement.out()).contains("Board statement written to " + pdf)
                .containsPattern("Electronically signed by Dr\\. Maya Chen, PhD, LMFT, LPC-S, LMFT CA-120001 \\(US-CA\\)"
                        + " on \\d{4}-\\d{2}-\\d{2}");
        assertThat(Files.readAllBytes(pdf)).startsWith("%PDF-".getBytes(StandardCharsets.US_ASCII));
        assertThat(closeOut.exit()).as("a request the plugin refuses is a user error").isEqualTo(2);
        assertThat(closeOut.err()).contains("[licensure.assignment-not-ended]");
        assertThat(temp.resolve("close-out.pdf")).doesNotExist();
    }

    @Test
    void aSuperviseeWithoutABoardOrReversedDaysAreRefusedWithTheirCodes() {
        Run noPack = run(with("board-summary", "--supervisee", "clinician-1"));
        Run reversed = run("board-summary", "--supervisee", "associate-fl", "--from", "2026-02-28", "--to",
                "2026-02-01");
        Run nobody = run(with("board-summary", "--supervisee", "nobody-9"));

        assertThat(noPack.exit()).as("a refused request is a user error").isEqualTo(2);
        assertThat(noPack.err()).contains("[licensure.no-rule-pack]");
        assertThat(reversed.exit()).isEqualTo(2);
        assertThat(reversed.err()).contains("error: --to: ").contains("[before-from]");
        assertThat(nobody.exit()).isEqualTo(2);
        assertThat(nobody.err()).contains("no staff member nobody-9");
    }

    @Test
    void aCloseOutRefusedForEachCauseSaysWhichInTheClinicsWords() {
        java.util.Map<String, String> byCause = new java.util.LinkedHashMap<>();
        byCause.put("licensure.not-supervisor", closeOut("associate-fl", "clinician-1"));
        byCause.put("licensure.supervisee-not-found", closeOut("nobody-9", "supervisor-3"));
        byCause.put("licensure.never-assigned", closeOut("associate-fl", "supervisor-1"));
        byCause.put("licensure.assignment-not-ended", closeOut("associate-fl", "supervisor-3"));
        byCause.put("unknown signer", closeOut("associate-fl", "nobody-8"));

        byCause.forEach((cause, err) -> assertThat(err).as(cause).startsWith("error: ")
                .doesNotContainIgnoringCase("actor").doesNotContain("null"));
        byCause.entrySet().stream().filter(e -> e.getKey().startsWith("licensure."))
                .forEach(e -> assertThat(e.getValue()).contains("[" + e.getKey() + "]"));
        assertThat(byCause.get("unknown signer")).contains("nobody-8");
        assertThat(new java.util.HashSet<>(byCause.values())).as("one message per cause").hasSize(byCause.size());
    }

    /**
     * Runs board-close-out; it must be refused as a user error. Its error lines on stderr (the
     * tests' own log lines, which go there too, left out; ConsoleOutputIT checks the console of
     * the built jar as a whole).
     */
    private String closeOut(String supervisee, String supervisor) {
        Run run = run("board-close-out", "--supervisee", supervisee, "--supervisor", supervisor, "--out",
                temp.resolve("close-out.pdf").toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(2);
        assertThat(temp.resolve("close-out.pdf")).doesNotExist();
        String errors = String.join("\n", run.err().lines().filter(line -> line.startsWith("error: ")).toList());
        assertThat(errors).as(run.err()).isNotEmpty();
        return errors;
    }

    private static String[] with(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(FEBRUARY));
        return all.toArray(String[]::new);
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(where));
        return HostCommand.run(all.toArray(String[]::new));
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::stripTrailing).toList();
    }
}
