package org.casenotes.supervision.core.packet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PacketPagesTest {

    @TempDir
    Path folder;

    @Test
    void samplePagesRenderToPng() throws IOException {
        String configured = System.getProperty("packet.images");
        Path images = configured == null ? folder.resolve("images") : Path.of(configured);
        // -Dpacket.pdf renders an exported packet (the README's come from the demo data) instead
        // of the built-in sample.
        String exported = System.getProperty("packet.pdf");
        Path pdf = exported == null ? PacketPages.sample(folder) : Path.of(exported);
        PacketPages.render(pdf, images, 3, 110);
        for (int page = 1; page <= 3; page++) {
            Path png = images.resolve("packet-page-" + page + ".png");
            assertThat(png).exists();
            assertThat(Files.size(png)).isGreaterThan(10_000);
        }
    }
}
