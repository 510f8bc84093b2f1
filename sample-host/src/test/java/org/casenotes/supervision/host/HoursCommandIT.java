package org.casenotes.supervision.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.casenotes.supervision.host.testing.HostCommand;
import org.casenotes.supervision.host.testing.HostCommand.Run;
import org.casenotes.supervision.host.testing.PluginZips;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code hours} command over the demo practices, with the built plugin zip. */
class HoursCommandIT {

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
        from = LocalDate.now().minusDays(30).toString();
        to = LocalDate.now().toString();
        Run seeded = run("demo-data");
        assertThat(seeded.exit()).isZero();
        assertThat(seeded.out()).contains("3 meetings");
    }

    @Test
    void hoursPrintsTheDemoTotalsAndWritesTheCsv() throws Exception {
        Path csv = temp.resolve("clinician-1 hours.csv");

        Run hours = run("hours", "--supervisee", "clinician-1", "--from", from, "--to", to, "--csv", csv.toString());

        assertThat(hours.exit()).as(hours.err()).isZero();
        assertThat(lines(hours.out())).containsSubsequence(
                "Format           Modality         Meetings   Hours",
                "Individual       In person               1    1.00",
                "Group            Video                   1    1.50",
                "Total                                    2    2.50");
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("record,date,start,meeting_id,").endsWith("\r\n")
                .contains(",clinician-1,Jordan Ellis,supervisor-1,Dr. Renée Okafor,INDIVIDUAL,IN_PERSON,1,60,1.00\r\n")
                .contains(",ALL,ALL,2,150,2.50\r\n");
    }

    @Test
    void anAbsentSuperviseeIsCreditedNoGroupHours() {
        Run hours = run("hours", "--supervisee", "clinician-2", "--from", from, "--to", to, "--as", "supervisor-1");

        assertThat(hours.exit()).as(hours.err()).isZero();
        assertThat(lines(hours.out())).contains("Total                                    0    0.00");
    }

    @Test
    void seedingAgainAddsNoMeetingsAndTheTotalsStay() {
        Run again = run("demo-data");
        assertThat(again.out()).contains("already present; nothing changed");

        Run hours = run("hours", "--supervisee", "clinician-1", "--from", from, "--to", to);
        assertThat(lines(hours.out())).contains("Total                                    2    2.50");
    }

    @Test
    void aColleagueMayNotReadAnothersHours() {
        Run hours = run("hours", "--supervisee", "clinician-1", "--from", from, "--to", to, "--as", "clinician-2");

        assertThat(hours.exit()).as("a refused request is a user error").isEqualTo(2);
        assertThat(hours.err()).contains("[hours.not-allowed]");
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
