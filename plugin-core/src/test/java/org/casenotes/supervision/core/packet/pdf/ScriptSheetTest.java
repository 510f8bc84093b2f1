package org.casenotes.supervision.core.packet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casenotes.supervision.core.packet.VeraPdf;
import org.casenotes.supervision.core.packet.pdf.ScriptCases.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders every script case on one page, each under its name, and that page to PNG: the image
 * in docs/packet.md. {@code -Dpacket.images=$PWD/docs/images} writes it there.
 */
class ScriptSheetTest {

    @TempDir
    Path folder;

    @Test
    void everyScriptCaseRendersOnOnePage() throws Exception {
        String configured = System.getProperty("packet.images");
        Path images = configured == null ? folder : Path.of(configured);
        Path pdf = folder.resolve("scripts.pdf");
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.setTimeInMillis(1_767_225_600_000L);
        try (PDDocument document = new PDDocument();
                PacketFonts fonts = new PacketFonts(document, List.of())) {
            PageFlow flow = new PageFlow(document, fonts);
            flow.newPage();
            for (Case sample : ScriptCases.all()) {
                // The case's width, scaled to the sheet's size: narrow only for the line break.
                float indent = Math.max(0, Theme.CONTENT_WIDTH - sample.width() * 10 / Theme.BODY);
                flow.paragraph(sample.name(), flow.muted(), 0);
                flow.paragraph(sample.input(), flow.body().sized(10), indent);
                flow.paragraph(sample.input(), flow.strong().sized(10), indent);
                flow.down(2);
            }
            flow.finishPage();
            fonts.finish();
            Metadata.write(document, new Metadata.Description("Scripts", "Tests", "Scripts",
                    "scripts", "en", date, true));
            Archive.outputIntent(document);
            document.save(pdf.toFile());
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(VeraPdf.pdfA3bFailures(pdf)).isEmpty();

        Poppler.png(pdf, images.resolve("packet-scripts"), 100);

        assertThat(Files.size(images.resolve("packet-scripts.png"))).isGreaterThan(20_000);
    }
}
