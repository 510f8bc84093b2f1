package org.casenotes.supervision.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An unexpected failure is recorded for support (classes, frames, SQLState) in the data folder's
 * logs, never with the exceptions' messages, and the console's sentence names the record.
 */
class FailureReportTest {

    private static final String CLIENT_TEXT = "Jane Q. Client, born 1980-02-03";

    @TempDir
    Path temp;

    @Test
    void anUnexpectedFailureIsRecordedWithClassesFramesAndSqlStateButNoMessage() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Path data = temp.resolve("data");

        int exit = CliErrors.report(failure(), new PrintStream(console, true, StandardCharsets.UTF_8), "serve", data);

        assertThat(exit).isEqualTo(CliErrors.FAULT);
        Path record = onlyRecordIn(data.resolve("logs"));
        String sentence = console.toString(StandardCharsets.UTF_8);
        assertThat(sentence).startsWith("error: the command failed unexpectedly")
                .contains("The details for support, with no client data, are in " + record + ".")
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(CLIENT_TEXT);
        String text = Files.readString(record);
        assertThat(text).contains("the command 'serve' failed unexpectedly at ")
                .contains("java.lang.IllegalArgumentException\n\tat org.casenotes.supervision.host.FailureReportTest.")
                .contains("Caused by: java.sql.SQLException (SQLState 40001, vendor code 17)")
                .contains("\tSuppressed: java.io.UncheckedIOException")
                .contains("Caused by: java.io.IOException")
                .doesNotContain(CLIENT_TEXT).doesNotContain("client row");
    }

    @Test
    void aCauseThatPointsBackIsWrittenOnceAndTheRecordEnds() {
        Exception first = new RuntimeException(CLIENT_TEXT);
        Exception second = new IllegalStateException(CLIENT_TEXT, first);
        first.initCause(second);

        String text = FailureReport.describe(second, "hours", java.time.Instant.EPOCH);

        assertThat(text).contains("Caused by: java.lang.RuntimeException")
                .contains("[circular reference: java.lang.IllegalStateException]").doesNotContain(CLIENT_TEXT);
    }

    @Test
    void aDataFolderThatCannotTakeTheRecordSendsItToTheTemporaryFolder() throws Exception {
        Path notAFolder = Files.writeString(temp.resolve("data"), "a file where the data folder should be");
        ByteArrayOutputStream console = new ByteArrayOutputStream();

        CliErrors.report(failure(), new PrintStream(console, true, StandardCharsets.UTF_8), "hours", notAFolder);

        String sentence = console.toString(StandardCharsets.UTF_8);
        Path record = Path.of(sentence.substring(sentence.indexOf(" are in ") + 8, sentence.lastIndexOf('.')));
        try {
            assertThat(record.getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
            assertThat(Files.readString(record)).contains("the command 'hours' failed unexpectedly");
        } finally {
            Files.deleteIfExists(record);
        }
    }

    @Test
    void aUserErrorOrAKnownFaultWritesNoRecord() throws Exception {
        Path data = temp.resolve("data");
        PrintStream console = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        CliErrors.report(new IllegalStateException("the plugin is not loaded"), console, "hours", data);

        assertThat(data.resolve("logs")).doesNotExist();
    }

    private static Exception failure() {
        SQLException database = new SQLException("duplicate client row " + CLIENT_TEXT, "40001", 17);
        database.addSuppressed(new java.io.UncheckedIOException(CLIENT_TEXT, new java.io.IOException(CLIENT_TEXT)));
        return new IllegalArgumentException("cannot save " + CLIENT_TEXT, database);
    }

    private static Path onlyRecordIn(Path logs) throws Exception {
        try (Stream<Path> files = Files.list(logs)) {
            return files.reduce((a, b) -> {
                throw new AssertionError("more than one record: " + a + ", " + b);
            }).orElseThrow();
        }
    }
}
