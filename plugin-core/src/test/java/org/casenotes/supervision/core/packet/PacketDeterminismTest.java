package org.casenotes.supervision.core.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketDeterminismTest {

    @TempDir
    Path folder;

    @Test
    void twoExportsOfTheSamePacketAreByteIdentical() throws Exception {
        PacketResult first = PacketWriter.pdf().write(SamplePackets.packet(IdentityMode.CODED, 20),
                PacketOptions.defaults(), folder.resolve("first.pdf"));
        PacketResult second = PacketWriter.pdf().write(SamplePackets.packet(IdentityMode.CODED, 20),
                PacketOptions.defaults(), folder.resolve("second.pdf"));

        assertThat(Files.readAllBytes(second.path())).isEqualTo(Files.readAllBytes(first.path()));
        assertThat(second.sha256()).isEqualTo(first.sha256()).hasSize(64);
    }

    @Test
    void twoSignedExportsWithTheSameKeyAreByteIdentical() throws Exception {
        PacketOptions options = PacketOptions.defaults().withSigning(TestKeys.selfSigned());
        PacketResult first = PacketWriter.pdf().write(SamplePackets.packet(IdentityMode.CODED, 3),
                options, folder.resolve("first.pdf"));
        Thread.sleep(5);
        PacketResult second = PacketWriter.pdf().write(SamplePackets.packet(IdentityMode.CODED, 3),
                options, folder.resolve("second.pdf"));

        assertThat(second.sha256()).isEqualTo(first.sha256());
    }

    @Test
    void anotherGenerationTimeGivesAnotherFile() throws Exception {
        PacketContent content = SamplePackets.packet(IdentityMode.CODED, 3);
        Cover cover = content.cover();
        PacketContent later = new PacketContent(new Cover(cover.title(), cover.supervisor(),
                cover.supervisees(), cover.from(), cover.to(), cover.meeting(),
                cover.generatedAt().plusSeconds(60), cover.zone(), cover.confidentialityNotice()),
                content.summary(), content.agenda(), content.notes(), content.actions(),
                content.hours(), content.signatures());

        PacketResult first = PacketWriter.pdf().write(content, PacketOptions.defaults(),
                folder.resolve("first.pdf"));
        PacketResult second = PacketWriter.pdf().write(later, PacketOptions.defaults(),
                folder.resolve("second.pdf"));

        assertThat(second.sha256()).isNotEqualTo(first.sha256());
    }
}
