package org.casenotes.supervision.core.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PacketArchivalTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(IdentityMode.class)
    void packetIsPdfA3bCompliantInEveryIdentityMode(IdentityMode mode) throws Exception {
        PacketResult result = PacketWriter.pdf().write(SamplePackets.packet(mode, 8),
                PacketOptions.defaults().withIdentity(mode), folder.resolve(mode + ".pdf"));

        assertThat(VeraPdf.pdfA3bFailures(result.path())).isEmpty();
    }

    @Test
    void largePacketIsPdfA3bCompliant() throws Exception {
        PacketResult result = PacketWriter.pdf().write(
                SamplePackets.packet(IdentityMode.CODED, 300), PacketOptions.defaults(),
                folder.resolve("large.pdf"));

        assertThat(result.pages()).isGreaterThan(200);
        assertThat(VeraPdf.pdfA3bFailures(result.path())).isEmpty();
    }

    @Test
    void packetExportedWithoutPdfAIsNotReportedCompliant() throws Exception {
        PacketResult result = PacketWriter.pdf().write(
                SamplePackets.packet(IdentityMode.CODED, 2),
                PacketOptions.defaults().withPdfA(false), folder.resolve("plain.pdf"));

        assertThat(VeraPdf.pdfA3bFailures(result.path())).isNotEmpty();
    }
}
