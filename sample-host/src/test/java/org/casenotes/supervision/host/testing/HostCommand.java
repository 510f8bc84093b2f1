package org.casenotes.supervision.host.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.casenotes.supervision.host.Main;

/** Runs one command of the host's command line in this JVM and captures what it printed. */
public final class HostCommand {

    /**
     * What a command did.
     *
     * @param exit its exit code
     * @param out what it printed on stdout
     * @param err what it printed on stderr
     */
    public record Run(int exit, String out, String err) {
    }

    private HostCommand() {
    }

    /**
     * Runs a command.
     *
     * @param args the command line
     * @return the exit code and output
     */
    public static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }
}
