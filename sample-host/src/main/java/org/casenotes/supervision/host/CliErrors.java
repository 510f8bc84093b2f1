package org.casenotes.supervision.host;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.StorageUnavailableException;
import org.casenotes.supervision.api.error.SupervisionException;
import org.casenotes.supervision.api.error.ValidationException;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How the command line reports what went wrong: one sentence per problem on stderr, never a
 * Java class name or stack trace. A user error (a bad option, input the plugin refuses, a
 * request the user may not make) exits {@value #USER_ERROR}; a fault (database or plugin
 * unavailable, anything unexpected) exits {@value #FAULT}.
 */
final class CliErrors {

    /** Exit code of a user error. */
    static final int USER_ERROR = 2;
    /** Exit code of a fault. */
    static final int FAULT = 1;

    private CliErrors() {
    }

    /** Installs the converters and handlers on a command line. */
    static CommandLine install(CommandLine commandLine) {
        commandLine.registerConverter(LocalDate.class, converter(LocalDate::parse, "a day written YYYY-MM-DD"));
        commandLine.registerConverter(Instant.class, converter(Instant::parse,
                "an instant written like 2026-04-01T08:00:00Z"));
        commandLine.registerConverter(ZoneId.class, converter(ZoneId::of, "a time zone such as Europe/Madrid"));
        commandLine.setParameterExceptionHandler((e, args) -> {
            System.err.println("error: " + sentence(e.getMessage()));
            System.err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' to see the options.");
            return USER_ERROR;
        });
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> report(e, System.err,
                cmd.getCommandName(), dataFolder(cmd)));
        for (CommandLine sub : commandLine.getSubcommands().values()) {
            sub.getCommandSpec().mixinStandardHelpOptions(true);
            sub.getCommandSpec().usageMessage().exitCodeListHeading(
                    commandLine.getCommandSpec().usageMessage().exitCodeListHeading())
                    .exitCodeList(commandLine.getCommandSpec().usageMessage().exitCodeList());
        }
        return commandLine;
    }

    /**
     * Reports an error a command did not handle. An unexpected one is also recorded, without
     * messages, by {@link FailureReport}, and the sentence names that file.
     *
     * @param e the error
     * @param err where to write
     * @param command the command's name, for the failure record
     * @param dataDir the command's data folder, where the failure record goes; {@code null} when
     *     the command has none
     * @return the exit code
     */
    static int report(Exception e, PrintStream err, String command, Path dataDir) {
        if (e instanceof ValidationException invalid) {
            for (FieldProblem problem : invalid.problems()) {
                String field = problem.path().isEmpty() ? "" : "--" + problem.path().substring(1).replace('/', ' ') + ": ";
                err.println("error: " + field + sentence(problem.message()) + " [" + problem.code() + "]");
            }
            return USER_ERROR;
        }
        if (e instanceof StorageUnavailableException) {
            err.println("error: " + sentence(e.getMessage()) + " [" + ((SupervisionException) e).code() + "]");
            return FAULT;
        }
        if (e instanceof SupervisionException refused) {
            err.println("error: " + sentence(refused.getMessage()) + " [" + refused.code() + "]");
            return USER_ERROR;
        }
        if (e instanceof IllegalStateException unavailable) {
            err.println("error: the supervision features are unavailable: " + sentence(unavailable.getMessage()));
            return FAULT;
        }
        if (databaseInUse(e)) {
            err.println("error: the database in the data folder is in use by another program, most likely the host"
                    + " ('serve') running on the same folder. Stop it and run the command again, or give the host's"
                    + " database a server URL (PostgreSQL, --db) so both can use it.");
            return FAULT;
        }
        String record = FailureReport.write(e, command, dataDir)
                .map(file -> " The details for support, with no client data, are in " + file + ".").orElse("");
        err.println("error: the command failed unexpectedly; nothing was changed. Check the database and plugin"
                + " folder, then try again." + record);
        return FAULT;
    }

    /** The value of the command's {@code --data} option (its default included), or null. */
    private static Path dataFolder(CommandLine command) {
        CommandLine.Model.OptionSpec data = command.getCommandSpec().findOption("--data");
        return data != null && data.getValue() instanceof Path folder ? folder : null;
    }

    /**
     * Whether the embedded H2 database could not be opened because another process holds it
     * (H2 error 90020, "database may be already in use"; its file lock).
     */
    static boolean databaseInUse(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && "90020".equals(sql.getSQLState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** A message as a sentence: capital first letter, full stop at the end. */
    static String sentence(String message) {
        String text = message == null || message.isBlank() ? "something went wrong" : message.strip();
        text = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
        return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
    }

    private static <T> ITypeConverter<T> converter(java.util.function.Function<String, T> parse, String expected) {
        return text -> {
            try {
                return parse.apply(text);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + text + "' is not " + expected);
            } catch (DateTimeException e) {
                throw new TypeConversionException("'" + text + "' is not " + expected);
            }
        };
    }
}
