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

class PacketPrivacyTest {

    @TempDir
    Path folder;

    @Test
    void codedPacketNamesNoClientAnywhere() throws Exception {
        PacketResult result = PacketWriter.pdf().write(
                SamplePackets.packet(IdentityMode.CODED, 15), PacketOptions.defaults(),
                folder.resolve("coded.pdf"));

        String everything = everythingReadable(result.path());

        for (Client client : SamplePackets.CLIENTS) {
            assertThat(everything).doesNotContain(client.given(), client.family(),
                    client.dateOfBirth().toString());
            assertThat(everything).contains(client.code());
        }
    }

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

    private static String everythingReadable(Path pdf) throws Exception {
        return String.join("\n", PdfInspection.text(pdf),
                String.join("\n", PdfInspection.bookmarks(pdf)),
                PdfInspection.metadata(pdf),
                new String(PdfInspection.attachment(pdf, "packet.json"), StandardCharsets.UTF_8));
    }
}
