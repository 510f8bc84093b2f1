package org.casenotes.supervision.core.packet.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;

/**
 * The running header (the confidentiality notice) and footer (title, "Page X of Y"), added to
 * every page once the layout is done and the page count is known.
 */
final class PageFrame {

    private PageFrame() {
    }

    static void decorate(PDDocument document, PageFlow flow, String notice, String title,
            Labels labels) throws IOException {
        Style header = flow.muted().sized(7.5f);
        Style footer = flow.muted().sized(7.5f);
        String noticeLine = fit(flow, notice, header, Theme.CONTENT_WIDTH);
        String titleLine = fit(flow, title, footer, Theme.CONTENT_WIDTH * 0.6f);
        int total = document.getNumberOfPages();
        float top = Theme.PAGE.getHeight() - 40;
        int number = 1;
        for (PDPage page : document.getPages()) {
            try (PDPageContentStream canvas = new PDPageContentStream(document, page,
                    AppendMode.APPEND, true, true)) {
                PageFlow.show(canvas, noticeLine, header, Theme.MARGIN, top);
                line(canvas, top - 7);
                line(canvas, Theme.CONTENT_BOTTOM - 22);
                PageFlow.show(canvas, titleLine, footer, Theme.MARGIN, Theme.CONTENT_BOTTOM - 34);
                String pageLine = flow.fonts().drawable(
                        labels.format("footer.page", number, total));
                PageFlow.show(canvas, pageLine, footer, Theme.MARGIN + Theme.CONTENT_WIDTH
                        - flow.width(pageLine, footer), Theme.CONTENT_BOTTOM - 34);
            }
            number++;
        }
    }

    private static void line(PDPageContentStream canvas, float y) throws IOException {
        canvas.setStrokingColor(Theme.RULE);
        canvas.setLineWidth(0.5f);
        canvas.moveTo(Theme.MARGIN, y);
        canvas.lineTo(Theme.MARGIN + Theme.CONTENT_WIDTH, y);
        canvas.stroke();
    }

    /** The first line of the text, shortened with an ellipsis when it does not fit. */
    private static String fit(PageFlow flow, String text, Style style, float width) {
        String line = String.join(" ", flow.lines(text, style, Float.MAX_VALUE));
        if (flow.width(line, style) <= width) {
            return line;
        }
        String ellipsis = "\u2026";
        int end = line.length();
        while (end > 0 && flow.width(line.substring(0, end) + ellipsis, style) > width) {
            end = line.offsetByCodePoints(end, -1);
        }
        return line.substring(0, end).strip() + ellipsis;
    }
}
