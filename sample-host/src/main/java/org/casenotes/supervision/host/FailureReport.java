package org.casenotes.supervision.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * The record of a command's unexpected failure, written for whoever supports the host: the
 * exception classes, each with its stack frames, its causes and suppressed exceptions, and for
 * a database error its SQLState and vendor code. Messages are left out, because an exception's
 * message may quote the data that failed (a client's name in a rejected value); the record is
 * therefore safe to attach to a support ticket.
 *
 * <p>The console keeps its one plain sentence and names this file. Files go to
 * {@code <data folder>/logs/failure-<instant>.txt}, or to the system's temporary folder when
 * the data folder cannot take them. Stateless; thread-safe.
 */
final class FailureReport {

    private FailureReport() {
    }

    /**
     * Writes the record of {@code failure}.
     *
     * @param failure what the command threw
     * @param command the command's name, as typed ({@code serve}, {@code hours})
     * @param dataDir the command's data folder, or {@code null} when it has none
     * @return the file written, or empty when neither the data folder nor the temporary folder
     *     could take it
     */
    static Optional<Path> write(Throwable failure, String command, Path dataDir) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String name = "failure-" + now.toString().replace(':', '-') + "-" + ProcessHandle.current().pid() + ".txt";
        String text = describe(failure, command, now);
        for (Path folder : dataDir == null
                ? new Path[] {Path.of(System.getProperty("java.io.tmpdir"))}
                : new Path[] {dataDir.resolve("logs"), Path.of(System.getProperty("java.io.tmpdir"))}) {
            try {
                Files.createDirectories(folder);
                Path file = folder.resolve(name);
                Files.writeString(file, text, StandardCharsets.UTF_8);
                return Optional.of(file);
            } catch (IOException | SecurityException e) {
                // try the next folder
            }
        }
        return Optional.empty();
    }

    /** The record's text: a heading line, then the exception chain without messages. */
    static String describe(Throwable failure, String command, Instant at) {
        StringBuilder text = new StringBuilder();
        String version = Main.class.getPackage().getImplementationVersion();
        text.append("sample-host ").append(version == null ? "dev" : version).append(": the command '")
                .append(command).append("' failed unexpectedly at ").append(at).append(".\n")
                .append("Exception classes and stack frames follow. Their messages are left out, as they may quote")
                .append(" client data.\n");
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        append(text, failure, "", "", seen);
        return text.toString();
    }

    private static void append(StringBuilder text, Throwable failure, String heading, String indent,
            Set<Throwable> seen) {
        if (!seen.add(failure)) {
            text.append(indent).append(heading).append("[circular reference: ")
                    .append(failure.getClass().getName()).append("]\n");
            return;
        }
        text.append(indent).append(heading).append(failure.getClass().getName());
        if (failure instanceof SQLException sql) {
            text.append(" (SQLState ").append(sql.getSQLState()).append(", vendor code ")
                    .append(sql.getErrorCode()).append(')');
        }
        text.append('\n');
        for (StackTraceElement frame : failure.getStackTrace()) {
            text.append(indent).append("\tat ").append(frame).append('\n');
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            append(text, suppressed, "Suppressed: ", indent + "\t", seen);
        }
        if (failure.getCause() != null) {
            append(text, failure.getCause(), "Caused by: ", indent, seen);
        }
    }
}
