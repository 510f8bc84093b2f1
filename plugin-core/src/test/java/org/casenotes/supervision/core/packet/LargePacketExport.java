package org.casenotes.supervision.core.packet;

import java.nio.file.Path;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketResult;

/**
 * Writes a packet of many notes, for the bounded-memory check that runs this in a JVM with a
 * small heap: {@code LargePacketExport <notes> <file>}; prints the page count.
 */
final class LargePacketExport {

    private LargePacketExport() {
    }

    public static void main(String[] args) {
        int notes = Integer.parseInt(args[0]);
        PacketResult result = PacketWriter.pdf().write(
                SamplePackets.packet(IdentityMode.CODED, notes), PacketOptions.defaults(),
                Path.of(args[1]));
        System.out.println("pages=" + result.pages());
    }
}
