package org.casenotes.supervision.core.packet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.casenotes.supervision.api.error.StorageUnavailableException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketResult;
import org.casenotes.supervision.core.packet.pdf.PdfPacketRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketWriterTest {

    @TempDir
    Path folder;

    @Test
    void failureMidRenderingLeavesNeitherDestinationNorTemporaryFile() {
        PacketWriter writer = new PacketWriter((content, options, data, target) -> {
            try (OutputStream out = Files.newOutputStream(target)) {
                out.write("%PDF-1.7 half a packet".getBytes());
            }
            throw new IOException("disk full");
        });

        assertThatThrownBy(() -> writer.write(SamplePackets.packet(IdentityMode.CODED, 2),
                PacketOptions.defaults(), folder.resolve("packet.pdf")))
                .isInstanceOf(StorageUnavailableException.class);
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void failureWhileEmbeddingTheDataOfASignedPacketLeavesNothing() throws Exception {
        PdfPacketRenderer pdf = new PdfPacketRenderer();
        PacketWriter writer = new PacketWriter((content, options, data, target) ->
                pdf.render(content, options, out -> {
                    data.writeTo(out);
                    throw new IOException("the data could not be read");
                }, target));

        assertThatThrownBy(() -> writer.write(SamplePackets.packet(IdentityMode.CODED, 2),
                PacketOptions.defaults().withSigning(TestKeys.selfSigned()),
                folder.resolve("packet.pdf")))
                .isInstanceOf(StorageUnavailableException.class)
                .hasMessageNotContaining("Jordan");
        assertThat(filesIn(folder)).isEmpty();
    }

    @Test
    void failedExportKeepsThePreviousFileAtTheDestinationIntact() throws Exception {
        Path destination = folder.resolve("packet.pdf");
        PacketResult previous = PacketWriter.pdf().write(
                SamplePackets.packet(IdentityMode.CODED, 2), PacketOptions.defaults(),
                destination);
        byte[] before = Files.readAllBytes(destination);
        PacketWriter failing = new PacketWriter((content, options, data, target) -> {
            throw new IOException("renderer crashed");
        });

        assertThatThrownBy(() -> failing.write(SamplePackets.packet(IdentityMode.CODED, 3),
                PacketOptions.defaults(), destination))
                .isInstanceOf(StorageUnavailableException.class);
        assertThat(Files.readAllBytes(destination)).isEqualTo(before);
        assertThat(filesIn(folder)).containsExactly(previous.path());
    }

    @Test
    void resultDescribesTheFileInPlace() throws Exception {
        Path destination = folder.resolve("packet.pdf");

        PacketResult result = PacketWriter.pdf().write(SamplePackets.packet(IdentityMode.CODED, 4),
                PacketOptions.defaults(), destination);

        assertThat(result.path()).isEqualTo(destination.toAbsolutePath());
        assertThat(result.bytes()).isEqualTo(Files.size(destination));
        assertThat(result.sha256()).matches("[0-9a-f]{64}");
        assertThat(result.pages()).isGreaterThan(5);
        assertThat(filesIn(folder)).containsExactly(destination);
    }

    @Test
    void destinationInAMissingFolderIsAValidationError() {
        assertThatThrownBy(() -> PacketWriter.pdf().write(
                SamplePackets.packet(IdentityMode.CODED, 1), PacketOptions.defaults(),
                folder.resolve("missing").resolve("packet.pdf")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.code()).containsExactly("packet.folder-missing"));
    }

    private static List<Path> filesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
