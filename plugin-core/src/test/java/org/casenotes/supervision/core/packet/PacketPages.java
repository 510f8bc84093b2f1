package org.casenotes.supervision.core.packet;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketOptions;

/**
 * Renders the first pages of a sample packet to PNG for the README. Regenerate the images with
 * {@code ./mvnw -B -pl plugin-core -am test -Dtest=PacketPagesTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dpacket.images=$PWD/docs/images}; without
 * {@code packet.images} the test renders into a temporary folder.
 */
final class PacketPages {

    private PacketPages() {
    }

    static void render(Path pdf, Path folder, int pages, float dpi) throws IOException {
        render(pdf, folder, 1, pages, dpi);
    }

    static void render(Path pdf, Path folder, int first, int last, float dpi) throws IOException {
        Files.createDirectories(folder);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = first - 1; i < Math.min(last, document.getNumberOfPages()); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                ImageIO.write(image, "png", folder.resolve("packet-page-" + (i + 1) + ".png")
                        .toFile());
            }
        }
    }

    static Path sample(Path folder) {
        Path pdf = folder.resolve("sample-packet.pdf");
        PacketWriter.pdf().write(SamplePackets.packet(IdentityMode.CODED, 12),
                PacketOptions.defaults(), pdf);
        return pdf;
    }
}
