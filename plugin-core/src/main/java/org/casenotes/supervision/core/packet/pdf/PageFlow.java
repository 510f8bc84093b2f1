package org.casenotes.supervision.core.packet.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Flows content down the pages: keeps the current page and position, breaks to a new page when
 * something does not fit, wraps text. Every string passes through the fonts' filter exactly
 * once, in {@link #lines}.
 */
final class PageFlow {

    private final PDDocument document;
    private final PacketFonts fonts;
    private PDPage page;
    private PDPageContentStream canvas;
    private float y;

    PageFlow(PDDocument document, PacketFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    PacketFonts fonts() {
        return fonts;
    }

    Style body() {
        return new Style(fonts.regular(), Theme.BODY, Theme.INK);
    }

    Style strong() {
        return new Style(fonts.bold(), Theme.BODY, Theme.INK);
    }

    Style muted() {
        return new Style(fonts.regular(), Theme.SMALL, Theme.MUTED);
    }

    void newPage() {
        finishPage();
        page = new PDPage(Theme.PAGE);
        document.addPage(page);
        try {
            canvas = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = Theme.CONTENT_TOP;
    }

    void finishPage() {
        if (canvas != null) {
            try {
                canvas.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            canvas = null;
        }
    }

    PDPage page() {
        return page;
    }

    PDPageContentStream canvas() {
        return canvas;
    }

    float y() {
        return y;
    }

    void down(float distance) {
        y -= distance;
    }

    boolean fits(float height) {
        return y - height >= Theme.CONTENT_BOTTOM;
    }

    /** Starts a new page unless {@code height} still fits on this one. */
    void keep(float height) {
        if (page == null || !fits(height)) {
            newPage();
        }
    }

    /** Wraps filtered text into lines (logical order) no wider than {@code width}. */
    List<String> lines(String text, Style style, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : fonts.drawable(text).split("\n", -1)) {
            wrapParagraph(paragraph.strip(), style, width, lines);
        }
        return lines;
    }

    /**
     * Greedy word wrap. The line's width is kept as it grows instead of measuring the whole
     * candidate line again for every word (which made long paragraphs quadratic); the embedded
     * faces' glyph widths are whole numbers, so the sums are exact and every break falls where
     * measuring the whole line would put it.
     */
    private void wrapParagraph(String paragraph, Style style, float width, List<String> out) {
        StringBuilder line = new StringBuilder();
        float lineUnits = 0;
        float spaceUnits = units(" ", style);
        for (String word : paragraph.split(" +")) {
            float wordUnits = units(word, style);
            float candidateUnits = line.length() == 0 ? wordUnits : lineUnits + spaceUnits + wordUnits;
            if (candidateUnits / 1000f * style.size() <= width) {
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(word);
                lineUnits = candidateUnits;
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (width(rest, style) > width) {
                int cut = longestPrefix(rest, style, width);
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
            lineUnits = units(rest, style);
        }
        out.add(line.toString());
    }

    private int longestPrefix(String word, Style style, float width) {
        int cut = word.offsetByCodePoints(0, 1);
        while (cut < word.length()) {
            int next = word.offsetByCodePoints(cut, 1);
            if (width(word.substring(0, next), style) > width) {
                break;
            }
            cut = next;
        }
        return cut;
    }

    float width(String drawableText, Style style) {
        return units(drawableText, style) / 1000f * style.size();
    }

    /** The text's advance in glyph-space units (thousandths of the font size). */
    private static float units(String drawableText, Style style) {
        try {
            return style.font().getStringWidth(drawableText);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws one already-filtered line with its baseline at {@code baseline}. */
    void show(String drawableLine, Style style, float x, float baseline) {
        show(canvas, drawableLine, style, x, baseline);
    }

    static void show(PDPageContentStream canvas, String drawableLine, Style style, float x,
            float baseline) {
        showVisual(canvas, BidiText.visual(drawableLine), style, x, baseline);
    }

    private static void showVisual(PDPageContentStream canvas, String visualLine, Style style,
            float x, float baseline) {
        if (visualLine.isEmpty()) {
            return;
        }
        try {
            canvas.beginText();
            canvas.setFont(style.font(), style.size());
            canvas.setNonStrokingColor(style.color());
            canvas.newLineAtOffset(x, baseline);
            canvas.showText(visualLine);
            canvas.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Wrapped text at {@code indent} from the margin, breaking across pages line by line; a
     * right-to-left paragraph is set flush right.
     */
    void paragraph(String text, Style style, float indent) {
        float width = Theme.CONTENT_WIDTH - indent;
        for (String paragraph : text.split("\n", -1)) {
            boolean rightToLeft = BidiText.rightToLeft(paragraph);
            for (String line : lines(paragraph, style, width)) {
                keep(style.leading());
                float x = rightToLeft ? Theme.MARGIN + Theme.CONTENT_WIDTH - width(line, style)
                        : Theme.MARGIN + indent;
                showVisual(canvas, BidiText.visual(line, rightToLeft), style, x,
                        y - style.size());
                y -= style.leading();
            }
        }
    }

    void fill(Color color, float x, float bottom, float width, float height) {
        try {
            canvas.setNonStrokingColor(color);
            canvas.addRect(x, bottom, width, height);
            canvas.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void rule(Color color, float lineWidth, float x1, float y1, float x2, float y2) {
        try {
            canvas.setStrokingColor(color);
            canvas.setLineWidth(lineWidth);
            canvas.moveTo(x1, y1);
            canvas.lineTo(x2, y2);
            canvas.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
