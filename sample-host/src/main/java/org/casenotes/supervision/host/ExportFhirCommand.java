package org.casenotes.supervision.host;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.casenotes.supervision.api.error.SupervisionException;
import org.casenotes.supervision.api.fhir.FhirBundleType;
import org.casenotes.supervision.api.fhir.FhirPacket;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketRequest;
import org.casenotes.supervision.api.packet.PacketSigning;
import org.casenotes.supervision.host.clinic.ClinicStaff;
import org.casenotes.supervision.host.clinic.ClinicUser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Exports a packet exactly as {@code export-packet} does, with its HL7 FHIR R4 Bundle beside
 * it: the packet's DocumentReference and the period's Tasks, Provenances and
 * QuestionnaireResponses.
 */
@Command(name = "export-fhir",
        description = "Export a supervision review packet and its HL7 FHIR R4 Bundle (JSON) for a period.")
final class ExportFhirCommand implements Callable<Integer> {

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

    @Option(names = "--meeting", paramLabel = "ID",
            description = "A meeting instead of a period (refused: FHIR exports cover a period).")
    private String meeting;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The packet file to write.")
    private Path out;

    @Option(names = "--bundle", paramLabel = "FILE",
            description = "The Bundle file to write (default: the packet's name with .fhir.json).")
    private Path bundle;

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "collection",
            description = "Bundle type: collection (default) or transaction (to load into a FHIR server).")
    private String type;

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
        Optional<IdentityMode> mode = named(IdentityMode.values(), identity);
        Optional<FhirBundleType> bundleType = named(FhirBundleType.values(), type);
        if (mode.isEmpty() || bundleType.isEmpty()) {
            System.err.println("error: --identity must be coded, initials or full; --type collection or transaction");
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
            FhirPacket result = local.module().fhir().packet(user.get().actor(), request, packetOptions(mode.get()),
                    out.toAbsolutePath(), bundleType.get());
            Path target = bundle != null ? bundle : out.resolveSibling(out.getFileName() + ".fhir.json");
            Files.writeString(target, result.bundle(), StandardCharsets.UTF_8);
            System.out.println("packet written: " + result.packet().path());
            System.out.println("bundle written: " + target.toAbsolutePath());
            System.out.println("packet sha256: " + result.packet().sha256());
            return 0;
        } catch (SupervisionException e) {
            System.err.println("error: " + e.code() + ": " + e.getMessage());
            return 1;
        } catch (IllegalStateException | UnsupportedOperationException e) {
            System.err.println("error: supervision features unavailable: " + e.getMessage());
            return 1;
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

    private static <E extends Enum<E>> Optional<E> named(E[] values, String name) {
        for (E value : values) {
            if (value.name().equalsIgnoreCase(name)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
