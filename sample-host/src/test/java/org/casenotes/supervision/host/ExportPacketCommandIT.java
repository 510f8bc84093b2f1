package org.casenotes.supervision.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casenotes.supervision.host.testing.HostCommand;
import org.casenotes.supervision.host.testing.HostCommand.Run;
import org.casenotes.supervision.host.testing.PluginZips;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code export-packet} command over the demo practice, with the built plugin zip. */
class ExportPacketCommandIT {

    @TempDir
    Path temp;

    private String[] where;
    private String from;
    private String to;

    /** What a command printed and returned. */
    @BeforeEach
    void seedTheDemoPractices() throws Exception {
        Path plugins = PluginZips.folderWithBuiltPlugin(Files.createDirectories(temp.resolve("host")));
        where = new String[] {"--data", temp.resolve("data").toString(), "--plugins", plugins.toString()};
        from = LocalDate.now().minusWeeks(8).toString();
        to = LocalDate.now().toString();
        Run seeded = run("demo-data");
        assertThat(seeded.exit()).as(seeded.err()).isZero();
    }

    @Test
    void exportPacketWritesTheDemoPacketAndPrintsItsPathPagesAndSize() throws Exception {
        Path out = temp.resolve("packet.pdf");

        Run export = run("export-packet", "--supervisor", "supervisor-1", "--supervisee", "clinician-1",
                "--from", from, "--to", to, "--out", out.toString(),
                "--at", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());

        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("packet written: " + out.toAbsolutePath());
        // PDFBox stays inside the plugin (BuiltPluginZipIT), so the host checks the file's frame
        // and the figures the command printed; plugin-core's tests validate the PDF/A itself.
        byte[] pdf = Files.readAllBytes(out);
        String head = new String(pdf, 0, 8, StandardCharsets.ISO_8859_1);
        String tail = new String(pdf, pdf.length - 8, 8, StandardCharsets.ISO_8859_1);
        assertThat(head).startsWith("%PDF-1.");
        assertThat(tail).contains("%%EOF");
        Matcher printed = Pattern.compile("pages: (\\d+), size: (\\d+) bytes").matcher(export.out());
        assertThat(printed.find()).as(export.out()).isTrue();
        assertThat(Integer.parseInt(printed.group(1))).isGreaterThan(1);
        assertThat(Long.parseLong(printed.group(2))).isEqualTo(pdf.length);
    }

    @Test
    void aSupervisorOfAnotherClinicianIsRefusedWithOneLine() {
        Path out = temp.resolve("refused.pdf");

        Run export = run("export-packet", "--supervisor", "org2-supervisor", "--supervisee", "clinician-1",
                "--from", from, "--to", to, "--out", out.toString());

        assertThat(export.exit()).as("a refused request is a user error").isEqualTo(2);
        // Logs share stderr; the command's own answer is one line.
        assertThat(export.err().lines().filter(l -> l.startsWith("error:")).toList()).singleElement().asString()
                .contains("[packet.supervisee-not-found]").doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void aReversedPeriodIsRefusedWithItsFieldPath() {
        Run export = run("export-packet", "--supervisor", "supervisor-1", "--supervisee", "clinician-1",
                "--from", to, "--to", from, "--out", temp.resolve("bad.pdf").toString());

        assertThat(export.exit()).isEqualTo(2);
        assertThat(export.err()).contains("error: --from: ").contains("[packet.period-reversed]");
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(where));
        return HostCommand.run(all.toArray(String[]::new));
    }
}
