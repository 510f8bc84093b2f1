package org.casenotes.supervision.core.packet.pdf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders one text the way a packet draws a paragraph of body text, alone on a PDF/A-3b page,
 * through the packet's own fonts, line breaking, bidi, shaping and canvas.
 */
final class ScriptSample {

    static final float SIZE = Theme.BODY;

    private ScriptSample() {
    }

    /** Renders {@code text} wrapped at {@code width} points, flush left (or right for RTL). */
    static void render(String text, float width, Path target) throws IOException {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.setTimeInMillis(1_767_225_600_000L);
        try (PDDocument document = new PDDocument();
                PacketFonts fonts = new PacketFonts(document, List.of())) {
            PageFlow flow = new PageFlow(document, fonts);
            flow.newPage();
            flow.paragraph(text, flow.body(), Theme.CONTENT_WIDTH - width);
            flow.finishPage();
            fonts.finish();
            Metadata.write(document, new Metadata.Description("Script sample", "Tests",
                    "Script sample", "sample", "en", date, true));
            Archive.outputIntent(document);
            document.save(target.toFile());
        }
    }
}
