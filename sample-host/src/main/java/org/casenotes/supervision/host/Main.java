package org.casenotes.supervision.host;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The sample host's command line: {@code java -jar sample-host.jar <command>}. */
@Command(name = "sample-host", mixinStandardHelpOptions = true,
        versionProvider = HostVersion.class,
        description = "A small practice-management app that loads the supervision-review plugin.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:Success.", "2:User error: a bad option or value, or a request the plugin refuses"
                + " (invalid input, not allowed, not found, conflict).",
                "1:Fault: the database or the plugin is unavailable, or the command failed unexpectedly."},
        subcommands = {PluginsCommand.class, ServeCommand.class, DemoDataCommand.class, SchemaCommand.class,
                VerifyAuditCommand.class, HoursCommand.class, BoardSummaryCommand.class, BoardCloseOutCommand.class,
                ExportPacketCommand.class, ExportFhirCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs a command and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs a command and returns its exit code; used by tests.
     *
     * @param args the command line
     * @return the exit code
     */
    public static int run(String... args) {
        return CliErrors.install(new CommandLine(new Main())).execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
