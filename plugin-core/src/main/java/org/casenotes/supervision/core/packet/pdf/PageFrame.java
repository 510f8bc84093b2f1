package org.casenotes.supervision.core.packet.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

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
            try (Canvas canvas = Canvas.append(document, page)) {
                flow.show(canvas, noticeLine, header, Theme.MARGIN, top, null);
                canvas.rule(Theme.RULE, 0.5f, Theme.MARGIN, top - 7,
                        Theme.MARGIN + Theme.CONTENT_WIDTH, top - 7);
                float bottom = Theme.CONTENT_BOTTOM - 22;
                canvas.rule(Theme.RULE, 0.5f, Theme.MARGIN, bottom,
                        Theme.MARGIN + Theme.CONTENT_WIDTH, bottom);
                flow.show(canvas, titleLine, footer, Theme.MARGIN, Theme.CONTENT_BOTTOM - 34,
                        null);
                String pageLine = flow.lines(labels.format("footer.page", number, total), footer,
                        Float.MAX_VALUE).get(0);
                flow.show(canvas, pageLine, footer, Theme.MARGIN + Theme.CONTENT_WIDTH
                        - flow.width(pageLine, footer), Theme.CONTENT_BOTTOM - 34, null);
            }
            number++;
        }
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
