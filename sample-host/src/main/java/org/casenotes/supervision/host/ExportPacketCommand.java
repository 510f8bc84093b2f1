package org.casenotes.supervision.host;

import java.util.concurrent.Callable;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Exports a supervision review packet (PDF) for a supervisor, supervisees and a period or meeting. */
@Command(name = "export-packet",
        description = "Export a supervision review packet (PDF/A-3b, or AES-256 with --password) for a period or a meeting.")
final class ExportPacketCommand implements Callable<Integer> {

    @Mixin
    private HostOptions options;

    @Mixin
    private PacketExportOptions packet;

    @Option(names = "--meeting", paramLabel = "ID", description = "Export the packet of one meeting instead of a period.")
    private String meeting;

    @Override
    public Integer call() throws Exception {
        PacketOptions chosen = packet.packetOptions();
        try (ModuleSession local = ModuleSession.open(options)) {
            PacketResult result = local.module().packets().export(packet.exporter(local), packet.request(meeting),
                    chosen, packet.out());
            System.out.println("packet written: " + result.path());
            System.out.println("pages: " + result.pages() + ", size: " + result.bytes() + " bytes, sha256: "
                    + result.sha256());
            result.warnings().forEach(w -> System.out.println("warning: " + w));
            return 0;
        }
    }
}
