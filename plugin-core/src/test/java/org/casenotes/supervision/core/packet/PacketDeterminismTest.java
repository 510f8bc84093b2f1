package org.casenotes.supervision.core.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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

    @Test
    void exportsFromJvmsWithOtherLocaleAndZoneAreByteIdentical() throws Exception {
        Path first = exportInFreshJvm(folder.resolve("first.pdf"), "-Duser.language=en",
                "-Duser.timezone=UTC");
        Path second = exportInFreshJvm(folder.resolve("second.pdf"), "-Duser.language=tr",
                "-Duser.country=TR", "-Duser.timezone=Asia/Tokyo");

        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    /** Exports in a new JVM with other default locale and zone settings. */
    private static Path exportInFreshJvm(Path pdf, String... settings) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true"));
        command.addAll(List.of(settings));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                LargePacketExport.class.getName(), "12", pdf.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return pdf;
    }
}
