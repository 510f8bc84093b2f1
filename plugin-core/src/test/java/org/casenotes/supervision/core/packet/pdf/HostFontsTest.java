package org.casenotes.supervision.core.packet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host's own font draws what the plugin's fonts cannot. */
class HostFontsTest {

    private static final String GOTHIC = "\uD800\uDF30\uD800\uDF31\uD800\uDF32";

    @TempDir
    Path folder;

    @Test
    void aHostFontDrawsWhatThePluginsFontsCannot() throws Exception {
        Path font = folder.resolve("NotoSansGothic-Regular.ttf");
        try (InputStream in = HostFontsTest.class.getResourceAsStream("NotoSansGothic-Regular.ttf")) {
            Files.copy(in, font);
        }
        try (PDDocument document = new PDDocument();
                PacketFonts plugin = new PacketFonts(document, List.of());
                PacketFonts withHost = new PacketFonts(document, new PdfPacketRenderer(List.of(font))
                        .hostFamilies())) {
            assertThat(plugin.undrawable(GOTHIC)).isEqualTo(3);
            assertThat(withHost.undrawable(GOTHIC)).isZero();
            TextRuns.Line line = TextRuns.layout(withHost, GOTHIC, false, null);
            assertThat(line.pieces()).singleElement()
                    .satisfies(piece -> assertThat(piece.glyphs().face().name())
                            .isEqualTo("NotoSansGothic-Regular"));
        }
    }
}
