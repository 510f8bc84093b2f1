package org.casenotes.supervision.core.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketResult;
import org.casenotes.supervision.core.packet.SamplePackets.Client;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a FULL packet shows. That a CODED packet names no client anywhere is proven from stored
 * data, through the real identity resolution (codes from the audit key, the host never asked
 * for a client), by {@code PacketExportH2Test.aCodedPacketCarriesNoClientNameOrBirthDateAnywhere
 * AndWithholdsIdentifyingText}: sample content here already carries codes, so a coded check on
 * it could not fail.
 */
class PacketPrivacyTest {

    @TempDir
    Path folder;

    @Test
    void fullPacketNamesItsClientsEverywhereTheCodedOneDoesNot() throws Exception {
        PacketResult result = PacketWriter.pdf().write(
                SamplePackets.packet(IdentityMode.FULL, 15),
                PacketOptions.defaults().withIdentity(IdentityMode.FULL),
                folder.resolve("full.pdf"));

        String text = PdfInspection.text(result.path());
        List<String> bookmarks = PdfInspection.bookmarks(result.path());
        String json = new String(PdfInspection.attachment(result.path(), "packet.json"),
                StandardCharsets.UTF_8);

        for (Client client : SamplePackets.CLIENTS) {
            String name = client.given() + " " + client.family();
            assertThat(text).contains(name);
            assertThat(json).contains(name);
            assertThat(bookmarks).anySatisfy(title -> assertThat(title).contains(name));
        }
    }
}
