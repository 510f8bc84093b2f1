package org.casenotes.supervision.host;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casenotes.supervision.api.fhir.FhirBundleType;
import org.casenotes.supervision.api.fhir.FhirPacket;
import org.casenotes.supervision.api.packet.PacketOptions;
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

    @Mixin
    private PacketExportOptions packet;

    @Option(names = "--meeting", paramLabel = "ID",
            description = "A meeting instead of a period (refused: FHIR exports cover a period).")
    private String meeting;

    @Option(names = "--bundle", paramLabel = "FILE",
            description = "The Bundle file to write (default: the packet's name with .fhir.json).")
    private Path bundle;

    @Option(names = "--type", paramLabel = "TYPE", defaultValue = "collection",
            description = "Bundle type: collection (default) or transaction (to load into a FHIR server).")
    private String type;

    @Override
    public Integer call() throws Exception {
        FhirBundleType bundleType = PacketExportOptions.named(FhirBundleType.values(), type).orElseThrow(() ->
                PacketExportOptions.invalid("/type", "cli.type",
                        "must be collection or transaction, not '" + type + "'"));
        PacketOptions chosen = packet.packetOptions();
        try (ModuleSession local = ModuleSession.open(options)) {
            FhirPacket result = local.module().fhir().packet(packet.exporter(local), packet.request(meeting), chosen,
                    packet.out(), bundleType);
            Path target = bundle != null ? bundle : packet.out.resolveSibling(packet.out.getFileName() + ".fhir.json");
            Files.writeString(target, result.bundle(), StandardCharsets.UTF_8);
            System.out.println("packet written: " + result.packet().path());
            System.out.println("bundle written: " + target.toAbsolutePath());
            System.out.println("packet sha256: " + result.packet().sha256());
            return 0;
        }
    }
}
