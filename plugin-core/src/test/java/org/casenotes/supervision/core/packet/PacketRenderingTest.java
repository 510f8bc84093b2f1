package org.casenotes.supervision.core.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.api.packet.PacketResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketRenderingTest {

    @TempDir
    Path folder;

    @Test
    void everyPageRendersWithoutError() throws Exception {
        PacketResult result = PacketWriter.pdf().write(SamplePackets.packet(IdentityMode.FULL, 25),
                PacketOptions.defaults().withIdentity(IdentityMode.FULL),
                folder.resolve("packet.pdf"));

        try (PDDocument document = Loader.loadPDF(result.path().toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            assertThat(document.getNumberOfPages()).isEqualTo(result.pages());
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = renderer.renderImage(page, 0.5f);
                assertThat(image.getWidth()).isPositive();
                assertThat(hasInk(image)).as("page %d has visible content", page + 1).isTrue();
            }
        }
    }

    private static boolean hasInk(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    return true;
                }
            }
        }
        return false;
    }
}
