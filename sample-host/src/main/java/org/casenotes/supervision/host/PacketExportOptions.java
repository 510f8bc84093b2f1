package org.casenotes.supervision.host;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketRequest;
import org.casenotes.supervision.api.packet.PacketSigning;
import org.casenotes.supervision.host.clinic.ClinicStaff;
import org.casenotes.supervision.host.clinic.ClinicUser;
import picocli.CommandLine.Option;

/**
 * The options every packet-writing command shares ({@code export-packet}, {@code export-fhir}):
 * who exports, for whom, which period, where the file goes and how it is protected. Each
 * command adds its own {@code --meeting} option, since only the PDF packet covers a meeting.
 * Not thread-safe; picocli fills one instance per command line.
 */
final class PacketExportOptions {

    @Option(names = "--supervisor", required = true, paramLabel = "ID", description = "The exporting supervisor's user id.")
    String supervisor;

    @Option(names = "--supervisee", required = true, paramLabel = "ID",
            description = "A supervisee's user id; repeat for more than one.")
    List<String> supervisees;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the period, inclusive (YYYY-MM-DD).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of the period, inclusive (YYYY-MM-DD).")
    LocalDate to;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The packet file to write.")
    Path out;

    @Option(names = "--identity", paramLabel = "MODE", defaultValue = "coded",
            description = "How clients are named: coded (default), initials or full.")
    String identity;

    @Option(names = "--password", paramLabel = "PW", description = "Protect the file with AES-256 (not PDF/A).")
    String password;

    @Option(names = "--sign", paramLabel = "FILE.p12", description = "Sign the file with the first key of a PKCS#12 store.")
    Path sign;

    @Option(names = "--sign-password", paramLabel = "PW", description = "The PKCS#12 store's password.")
    String signPassword;

    @Option(names = "--locale", paramLabel = "LANG", defaultValue = "en", description = "Packet language: en or es.")
    String locale;

    @Option(names = "--at", paramLabel = "INSTANT",
            description = "Generation time (e.g. 2026-04-01T08:00:00Z), so a packet can be reproduced byte for byte.")
    Instant at;

    /**
     * The packet options these command-line options ask for.
     *
     * @return identity mode, language, password and signing as given
     * @throws ValidationException ({@code --identity}, {@code --locale} or {@code --sign-password})
     *     when a value is not one the command accepts; reported by {@link CliErrors} as a user error
     */
    PacketOptions packetOptions() {
        Optional<IdentityMode> mode = named(IdentityMode.values(), identity);
        if (mode.isEmpty()) {
            throw invalid("/identity", "cli.identity", "must be coded, initials or full, not '" + identity + "'");
        }
        if (!locale.equals("en") && !locale.equals("es")) {
            throw invalid("/locale", "cli.locale", "must be en or es, not '" + locale + "'");
        }
        if (sign != null && signPassword == null) {
            throw invalid("/sign-password", "cli.sign-password", "is needed with --sign");
        }
        PacketOptions chosen = PacketOptions.defaults().withIdentity(mode.get()).withLocale(Locale.forLanguageTag(locale));
        if (password != null) {
            chosen = chosen.withPassword(password);
        }
        if (sign != null) {
            chosen = chosen.withSigning(PacketSigning.fromFile(sign, signPassword));
        }
        return chosen;
    }

    /**
     * The packet request for this period, or for a meeting.
     *
     * @param meeting the meeting id, or {@code null} for a period
     * @return the request
     */
    PacketRequest request(String meeting) {
        return new PacketRequest(supervisees, from, to, meeting, at);
    }

    /**
     * The exporting supervisor, looked up in the host's staff.
     *
     * @param session the open module session
     * @return the supervisor as an actor
     * @throws ValidationException ({@code --supervisor}) when no staff member has that id
     */
    Actor exporter(ModuleSession session) {
        Optional<ClinicUser> user = new ClinicStaff(session.database().dataSource()).byId(supervisor);
        return user.orElseThrow(() -> invalid("/supervisor", "cli.unknown-staff",
                "no staff member has the id '" + supervisor + "'")).actor();
    }

    /** The file to write, as an absolute path. */
    Path out() {
        return out.toAbsolutePath();
    }

    /**
     * The enum constant whose name matches, ignoring case.
     *
     * @param values the constants
     * @param name what the user typed
     * @return the constant, or empty
     */
    static <E extends Enum<E>> Optional<E> named(E[] values, String name) {
        for (E value : values) {
            if (value.name().equalsIgnoreCase(name)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    static ValidationException invalid(String path, String code, String message) {
        return new ValidationException(List.of(new FieldProblem(path, code, message)));
    }
}
