package org.casenotes.supervision.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.casenotes.supervision.host.testing.PluginZips;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a person running the built host jar sees on the console, with the shipped logging
 * configuration (not the tests' own): a command that works prints its output on stdout and
 * nothing on stderr, no start-up lines of the connection pool, migrations, plugin manager or
 * plugin; a command that fails prints its plain "error:" lines only; a library's warning still
 * reaches stderr, so a vendor loses none.
 */
class ConsoleOutputIT {

    private static final Path JAR = Path.of("target/sample-host.jar");
    /** A line of the log layout: time, level, logger. */
    private static final Pattern LOG_LINE = Pattern.compile("(?m)^\\d{2}:\\d{2}:\\d{2}\\.\\d{3} (TRACE|DEBUG|INFO|WARN|ERROR) ");

    @TempDir
    Path temp;

    private record Run(int exit, String out, String err) {
    }

    @Test
    void everyDayCommandsPrintTheirOutputAndNothingElse() throws Exception {
        Path plugins = PluginZips.folderWithBuiltPlugin(Files.createDirectories(temp.resolve("host")));
        List<String> where = List.of("--data", temp.resolve("data").toString(), "--plugins", plugins.toString());
        String from = LocalDate.now().minusDays(30).toString();
        String to = LocalDate.now().toString();
        List<List<String>> commands = List.of(
                List.of("plugins", "--plugins", plugins.toString()),
                with(where, "demo-data"),
                with(where, "demo-data"),
                with(where, "hours", "--supervisee", "clinician-1", "--from", from, "--to", to),
                with(where, "verify-audit"));

        List<String> noisy = new ArrayList<>();
        for (List<String> command : commands) {
            Run run = run(command);
            assertThat(run.exit()).as(command + "\n" + run.err()).isZero();
            assertThat(run.out()).as(command.toString()).isNotBlank();
            if (!run.err().isEmpty()) {
                noisy.add(command.get(0) + ": " + run.err());
            }
        }
        assertThat(noisy).as("stderr of commands that worked").isEmpty();
    }

    @Test
    void aRefusedCommandPrintsItsPlainErrorOnly() throws Exception {
        Path plugins = PluginZips.folderWithBuiltPlugin(Files.createDirectories(temp.resolve("host")));
        List<String> where = List.of("--data", temp.resolve("data").toString(), "--plugins", plugins.toString());
        assertThat(run(with(where, "demo-data")).exit()).isZero();

        Run refused = run(with(where, "board-close-out", "--supervisee", "nobody", "--supervisor", "supervisor-1",
                "--out", temp.resolve("x.pdf").toString()));

        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err().lines()).isNotEmpty().allMatch(line -> line.startsWith("error: "));
        assertThat(LOG_LINE.matcher(refused.err()).find()).as(refused.err()).isFalse();
    }

    @Test
    void aLibrarysWarningStillReachesStderr() throws Exception {
        Path plugins = Files.createDirectories(temp.resolve("plugins"));
        PluginZips.withDescriptor(plugins.resolve("supervision-review.zip"),
                text -> text.replaceAll("(?m)^plugin.requires=.*$", "plugin.requires=>=2.0.0 & <3.0.0"));

        Run run = run(List.of("plugins", "--plugins", plugins.toString()));

        assertThat(run.out()).contains("supervision features: unavailable");
        assertThat(run.err()).as("PF4J's warning about the plugin it cannot use")
                .containsPattern("(?m)^\\d{2}:\\d{2}:\\d{2}\\.\\d{3} (WARN|ERROR) +o\\.p\\.");
        assertThat(run.err()).doesNotContain(" INFO ");
    }

    private static List<String> with(List<String> where, String... command) {
        List<String> out = new ArrayList<>(List.of(command[0]));
        out.addAll(where);
        out.addAll(List.of(command).subList(1, command.length));
        return out;
    }

    private Run run(List<String> args) throws IOException, InterruptedException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing; this test runs after package");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()));
        command.addAll(args);
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("LOG_LEVEL");
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("the command did not end: " + args);
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
