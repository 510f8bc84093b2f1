package org.casenotes.supervision.core.packet;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.spec.SecretKeySpec;
import org.casenotes.supervision.api.SupervisionModule;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketRequest;
import org.casenotes.supervision.api.packet.PacketResult;
import org.casenotes.supervision.core.SupervisionModuleFactory;
import org.casenotes.supervision.core.testing.TestAuditSecrets;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Exports a period packet from an H2 file database another JVM wrote, for the bounded-memory
 * check that runs this with a small heap:
 * {@code StreamedPacketExport <jdbc url> <audit chain key hex> <file>}; prints the page count.
 */
final class StreamedPacketExport {

    private StreamedPacketExport() {
    }

    public static void main(String[] args) {
        JdbcDataSource database = new JdbcDataSource();
        database.setURL(args[0]);
        database.setUser("sa");
        PacketClinic clinic = new PacketClinic(database,
                TestAuditSecrets.withHmacKey(new SecretKeySpec(HexFormat.of().parseHex(args[1]), "HmacSHA256")));
        try (SupervisionModule module = new SupervisionModuleFactory().create(clinic.host)) {
            PacketResult result = module.packets().export(PacketClinic.SUP,
                    PacketRequest.forPeriod(List.of("clin", "clin2"), PacketStory.FROM, PacketStory.TO)
                            .generatedAt(PacketExportContract.AT),
                    PacketOptions.defaults(), Path.of(args[2]));
            System.out.println("pages=" + result.pages());
        }
    }
}
