package org.casenotes.supervision.host;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketRequest;
import org.casenotes.supervision.api.packet.PacketResult;
import org.casenotes.supervision.api.packet.PacketSigning;
import org.casenotes.supervision.host.clinic.ClinicStaff;
import org.casenotes.supervision.host.clinic.ClinicUser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Exports a supervision review packet (PDF) for a supervisor, supervisees and a period or meeting. */
@Command(name = "export-packet",
        description = "Export a supervision review packet (PDF/A-3b, or AES-256 with --password) for a period or a meeting.")
final class ExportPacketCommand implements Callable<Integer> {

    @Mixin
    private HostOptions options;

    @Option(names = "--supervisor", required = true, paramLabel = "ID", description = "The exporting supervisor's user id.")
    private String supervisor;

    @Option(names = "--supervisee", required = true, paramLabel = "ID",
            description = "A supervisee's user id; repeat for more than one.")
    private List<String> supervisees;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the period, inclusive (YYYY-MM-DD).")
    private LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of the period, inclusive (YYYY-MM-DD).")
    private LocalDate to;

    @Option(names = "--meeting", paramLabel = "ID", description = "Export the packet of one meeting instead of a period.")
    private String meeting;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The packet file to write.")
    private Path out;

    @Option(names = "--identity", paramLabel = "MODE", defaultValue = "coded",
            description = "How clients are named: coded (default), initials or full.")
    private String identity;

    @Option(names = "--password", paramLabel = "PW", description = "Protect the file with AES-256 (not PDF/A).")
    private String password;

    @Option(names = "--sign", paramLabel = "FILE.p12", description = "Sign the file with the first key of a PKCS#12 store.")
    private Path sign;

    @Option(names = "--sign-password", paramLabel = "PW", description = "The PKCS#12 store's password.")
    private String signPassword;

    @Option(names = "--locale", paramLabel = "LANG", defaultValue = "en", description = "Packet language: en or es.")
    private String locale;

    @Option(names = "--at", paramLabel = "INSTANT",
            description = "Generation time (e.g. 2026-04-01T08:00:00Z), so a packet can be reproduced byte for byte.")
    private Instant at;

    @Override
    public Integer call() throws Exception {
        Optional<IdentityMode> mode = identityMode(identity);
        if (mode.isEmpty()) {
            System.err.println("error: --identity must be coded, initials or full");
            return 2;
        }
        if (sign != null && signPassword == null) {
            System.err.println("error: --sign needs --sign-password");
            return 2;
        }
        try (ModuleSession local = ModuleSession.open(options)) {
            Optional<ClinicUser> user = new ClinicStaff(local.database().dataSource()).byId(supervisor);
            if (user.isEmpty()) {
                System.err.println("error: no staff member with id " + supervisor);
                return 2;
            }
            PacketRequest request = new PacketRequest(supervisees, from, to, meeting, at);
            PacketResult result = local.module().packets().export(user.get().actor(), request,
                    packetOptions(mode.get()), out.toAbsolutePath());
            System.out.println("packet written: " + result.path());
            System.out.println("pages: " + result.pages() + ", size: " + result.bytes() + " bytes, sha256: "
                    + result.sha256());
            result.warnings().forEach(w -> System.out.println("warning: " + w));
            return 0;
        }
    }

    private PacketOptions packetOptions(IdentityMode mode) {
        PacketOptions chosen = PacketOptions.defaults().withIdentity(mode).withLocale(Locale.forLanguageTag(locale));
        if (password != null) {
            chosen = chosen.withPassword(password);
        }
        if (sign != null) {
            chosen = chosen.withSigning(PacketSigning.fromFile(sign, signPassword));
        }
        return chosen;
    }

    private static Optional<IdentityMode> identityMode(String name) {
        for (IdentityMode mode : IdentityMode.values()) {
            if (mode.name().equalsIgnoreCase(name)) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
