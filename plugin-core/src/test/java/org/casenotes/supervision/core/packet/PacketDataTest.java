package org.casenotes.supervision.core.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketResult;
import org.casenotes.supervision.core.json.PacketJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketDataTest {

    @TempDir
    Path folder;

    @Test
    void embeddedPacketJsonParsesBackToTheContent() throws Exception {
        PacketContent content = SamplePackets.packet(IdentityMode.INITIALS, 7);
        PacketResult result = PacketWriter.pdf().write(content,
                PacketOptions.defaults().withIdentity(IdentityMode.INITIALS),
                folder.resolve("packet.pdf"));

        PacketJson.Document embedded = PacketJson.read(new ByteArrayInputStream(
                PdfInspection.attachment(result.path(), "packet.json")));

        assertThat(embedded.packet()).isEqualTo(content);
        assertThat(embedded.identityMode()).isEqualTo(IdentityMode.INITIALS);
        assertThat(embedded.language()).isEqualTo("en");
        assertThat(PdfInspection.afRelationship(result.path(), "packet.json")).isEqualTo("Data");
    }

    @Test
    void documentCarriesTitleAuthorSubjectKeywordsAndLanguage() throws Exception {
        PacketResult result = PacketWriter.pdf().write(
                SamplePackets.packet(IdentityMode.CODED, 2), PacketOptions.defaults(),
                folder.resolve("packet.pdf"));

        try (var document = org.apache.pdfbox.Loader.loadPDF(result.path().toFile())) {
            var info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("March 2026 supervision packet");
            assertThat(info.getAuthor()).isEqualTo("Dr. Renée Okafor");
            assertThat(info.getSubject()).contains("2026-03-01", "2026-03-31");
            assertThat(info.getKeywords()).contains("self-disclosure");
            assertThat(info.getCreationDate().toInstant())
                    .isEqualTo(SamplePackets.GENERATED_AT);
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentCatalog().getCOSObject()
                    .getCOSArray(org.apache.pdfbox.cos.COSName.getPDFName("AF"))).hasSize(1);
        }
    }
}
