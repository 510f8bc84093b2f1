package org.casenotes.supervision.core.packet.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.casenotes.supervision.core.packet.VeraPdf;
import org.casenotes.supervision.core.packet.pdf.ScriptCases.Case;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders every script case on one page, each under its name, and that page to PNG; then each
 * case alone on a page cut to its height: the images in docs/packet.md.
 * {@code -Dpacket.images=$PWD/docs/images} writes them there ({@code packet-scripts.png} and
 * {@code scripts/<case>.png}).
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

    @Test
    void eachScriptCaseRendersOnAPageOfItsOwn() throws Exception {
        String configured = System.getProperty("packet.images");
        Path images = (configured == null ? folder : Path.of(configured)).resolve("scripts");
        Files.createDirectories(images);
        for (Case sample : ScriptCases.all()) {
            Path pdf = folder.resolve("case.pdf");
            try (PDDocument document = new PDDocument();
                    PacketFonts fonts = new PacketFonts(document, List.of())) {
                PageFlow flow = new PageFlow(document, fonts);
                flow.newPage();
                float indent = Math.max(0, Theme.CONTENT_WIDTH - sample.width() * 14 / Theme.BODY);
                flow.paragraph(sample.name(), flow.muted(), 0);
                flow.down(4);
                flow.paragraph(sample.input(), flow.body().sized(14), indent);
                flow.paragraph(sample.input(), flow.strong().sized(14), indent);
                flow.finishPage();
                fonts.finish();
                PDPage page = flow.page();
                float top = Theme.CONTENT_TOP + 10;
                float bottom = flow.y() - 14;
                page.setMediaBox(new PDRectangle(Theme.MARGIN - 14, bottom,
                        Theme.CONTENT_WIDTH + 28, top - bottom));
                document.save(pdf.toFile());
            }
            Path png = images.resolve(slug(sample.name()));
            Poppler.png(pdf, png, 110);
            assertThat(Files.size(images.resolve(slug(sample.name()) + ".png"))).as(sample.name())
                    .isGreaterThan(2_000);
        }
    }

    /** The case's name as a file name: lower case, words joined by hyphens. */
    static String slug(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }
}
