package org.casenotes.supervision.host;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.casenotes.supervision.host.testing.HostCommand;
import org.casenotes.supervision.host.testing.HostCommand.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line answers in sentences: a user error exits 2, a fault exits 1, neither prints
 * a Java class name or a stack trace, and --help says which is which.
 */
class CommandLineErrorsTest {

    @TempDir
    Path temp;

    @Test
    void helpStatesTheExitCodes() {
        Run main = HostCommand.run("--help");
        Run hours = HostCommand.run("hours", "--help");

        assertThat(main.exit()).isZero();
        assertThat(main.out()).contains("Exit codes:", "2", "User error", "1", "Fault");
        assertThat(hours.out()).contains("Exit codes:", "User error", "Fault");
    }

    @Test
    void aBadDateIsAUserErrorSaidInASentence() {
        Run run = HostCommand.run("hours", "--supervisee", "clinician-1", "--from", "2026-13-01", "--to", "2026-01-31");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("error: Invalid value for option '--from': '2026-13-01' is not a day written YYYY-MM-DD.");
        assertNoJavaInternals(run);
    }

    @Test
    void aMissingOptionAndAnUnknownZoneAreUserErrors() {
        Run missing = HostCommand.run("hours", "--from", "2026-01-01", "--to", "2026-01-31");
        Run zone = HostCommand.run("hours", "--supervisee", "x", "--from", "2026-01-01", "--to", "2026-01-31",
                "--zone", "Mars/Olympus");

        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err()).contains("--supervisee");
        assertThat(zone.exit()).isEqualTo(2);
        assertThat(zone.err()).contains("'Mars/Olympus' is not a time zone such as Europe/Madrid.");
        assertNoJavaInternals(missing);
        assertNoJavaInternals(zone);
    }

    @Test
    void anUnreachableDatabaseIsAFaultSaidInASentence() {
        Run run = HostCommand.run("hours", "--supervisee", "x", "--from", "2026-01-01", "--to", "2026-01-31",
                "--data", temp.toString(), "--db", "jdbc:postgresql://127.0.0.1:1/nothing?connectTimeout=1",
                "--plugins", temp.resolve("plugins").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("error: ");
        assertNoJavaInternals(run);
    }

    @Test
    void aDataFolderThatIsAFileIsAFaultThatSaysSo() throws Exception {
        Path file = java.nio.file.Files.writeString(temp.resolve("data"), "not a folder");

        Run run = HostCommand.run("hours", "--supervisee", "x", "--from", "2026-01-01", "--to", "2026-01-31",
                "--data", file.toString(), "--plugins", temp.resolve("plugins").toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("error: The data folder " + file + " cannot be used: a file is in the way"
                + " where a folder should be; give --data a folder. [storage.unavailable]");
        assertNoJavaInternals(run);
    }

    @Test
    void anUnexpectedFailureIsAFaultWhoseSentenceNamesTheRecordInTheDataFolder() throws Exception {
        // A database URL whose start-up script cannot be read: nothing the CLI maps to a sentence.
        Path data = temp.resolve("data");
        Run run = HostCommand.run("verify-audit", "--data", data.toString(), "--plugins", temp.resolve("plugins").toString(),
                "--db", "jdbc:h2:mem:unexpected;INIT=RUNSCRIPT FROM '" + temp.resolve("missing.sql") + "'");

        assertThat(run.exit()).isEqualTo(1);
        Path record;
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(data.resolve("logs"))) {
            record = files.findFirst().orElseThrow();
        }
        assertThat(run.err()).contains("error: the command failed unexpectedly")
                .contains("The details for support, with no client data, are in " + record + ".");
        assertThat(java.nio.file.Files.readString(record)).contains("the command 'verify-audit' failed unexpectedly")
                .contains("\tat ").doesNotContain("missing.sql");
        assertNoJavaInternals(run);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} {1} {2}")
    @org.junit.jupiter.params.provider.CsvSource({
        "export-packet, --identity, everyone, '--identity: Must be coded, initials or full, not ''everyone''. [cli.identity]'",
        "export-fhir,   --identity, everyone, '--identity: Must be coded, initials or full, not ''everyone''. [cli.identity]'",
        "export-packet, --locale,   fr,       '--locale: Must be en or es, not ''fr''. [cli.locale]'",
        "export-fhir,   --locale,   fr,       '--locale: Must be en or es, not ''fr''. [cli.locale]'",
        "export-packet, --sign,     key.p12,  '--sign-password: Is needed with --sign. [cli.sign-password]'",
        "export-fhir,   --sign,     key.p12,  '--sign-password: Is needed with --sign. [cli.sign-password]'",
        "export-fhir,   --type,     batch,    '--type: Must be collection or transaction, not ''batch''. [cli.type]'"
    })
    void everyPacketWritingCommandRefusesABadOptionAsAUserErrorBeforeOpeningAnything(String command, String option,
            String value, String expected) {
        Run run = HostCommand.run(command, "--supervisor", "supervisor-1", "--supervisee", "clinician-1",
                "--out", temp.resolve("packet.pdf").toString(), option, value,
                "--data", temp.resolve("data").toString(), "--plugins", temp.resolve("plugins").toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("error: " + expected);
        assertThat(temp.resolve("data")).doesNotExist();
        assertNoJavaInternals(run);
    }

    @Test
    void aDatabaseAnotherProcessHoldsIsSaidSoAndNamesTheHost() throws Exception {
        java.nio.file.Path data = java.nio.file.Files.createDirectories(temp.resolve("held"));
        String url = org.casenotes.supervision.host.clinic.ClinicDatabase.defaultUrl(data);
        ProcessBuilder holder = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), DatabaseHolder.class.getName(), url);
        holder.redirectErrorStream(true);
        Process process = holder.start();
        try {
            java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream()));
            assertThat(out.readLine()).isEqualTo("holding");
            Run run = HostCommand.run("hours", "--supervisee", "x", "--from", "2026-01-01", "--to", "2026-01-31",
                    "--data", data.toString(), "--plugins", temp.resolve("plugins").toString());

            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("error: the database in the data folder is in use by another program");
            assertNoJavaInternals(run);
        } finally {
            process.destroyForcibly().waitFor();
        }
    }

    /** Opens an H2 file database and keeps it open, as a running host does. */
    static final class DatabaseHolder {
        public static void main(String[] args) throws Exception {
            try (java.sql.Connection held = java.sql.DriverManager.getConnection(args[0], "sa", "")) {
                System.out.println("holding");
                System.out.flush();
                Thread.sleep(120_000);
            }
        }
    }

    private static void assertNoJavaInternals(Run run) {
        assertThat(run.err() + run.out()).doesNotContainPattern("\\b(java|org|com)\\.[a-z]+\\.[A-Za-z.]*(Exception|Error)\\b")
                .doesNotContain("\tat ").doesNotContain("Exception:");
    }
}
