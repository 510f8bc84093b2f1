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
        Path pdf = PacketPages.sample(folder);
        PacketPages.render(pdf, images, 3, 110);
        for (int page = 1; page <= 3; page++) {
            Path png = images.resolve("packet-page-" + page + ".png");
            assertThat(png).exists();
            assertThat(Files.size(png)).isGreaterThan(10_000);
        }
    }
}
