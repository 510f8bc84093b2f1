package org.casenotes.supervision.core.packet.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;


/**
 * Flows content down the pages: keeps the current page and position, breaks to a new page when
 * something does not fit, wraps text at the line-break opportunities of Unicode's line
 * breaking rules ({@link BreakIterator}: spaces, between ideographs, Thai words, after a soft
 * hyphen). Every string passes through {@link DisplayText#prepare} exactly once, in
 * {@link #lines}; lines are laid out and shaped by {@link TextRuns}.
 */
final class PageFlow {

    private static final char SOFT_HYPHEN = '\u00AD';

    private final PDDocument document;
    private final PacketFonts fonts;
    private final BreakIterator breaks = BreakIterator.getLineInstance(Locale.ROOT);
    private final BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
    private PDPage page;
    private Canvas canvas;
    private float y;

    PageFlow(PDDocument document, PacketFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    PacketFonts fonts() {
        return fonts;
    }

    Style body() {
        return new Style(false, Theme.BODY, Theme.INK);
    }

    Style strong() {
        return new Style(true, Theme.BODY, Theme.INK);
    }

    Style muted() {
        return new Style(false, Theme.SMALL, Theme.MUTED);
    }

    void newPage() {
        finishPage();
        page = new PDPage(Theme.PAGE);
        document.addPage(page);
        try {
            canvas = Canvas.create(document, page);
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

    /**
     * Wraps text into lines (logical order) no wider than {@code width}. A line that breaks at
     * a soft hyphen keeps it as its last character, which is drawn as a hyphen.
     */
    List<String> lines(String text, Style style, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : DisplayText.prepare(text).split("\n", -1)) {
            wrapParagraph(paragraph.strip(), style, width, lines);
        }
        return lines;
    }

    private void wrapParagraph(String paragraph, Style style, float width, List<String> out) {
        String text = withoutFinalSoftHyphen(paragraph);
        float limit = width * Face.UNITS / style.size();
        if (units(text, style) <= limit) {
            out.add(text);
            return;
        }
        breaks.setText(text);
        int lineStart = 0;
        int lineEnd = 0;
        float lineUnits = 0;
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE;
                start = end, end = breaks.next()) {
            String piece = text.substring(start, end);
            float pieceUnits = units(withoutFinalSoftHyphen(piece), style);
            float shown = units(withoutFinalSoftHyphen(piece.stripTrailing()), style)
                    + (piece.endsWith("\u00AD") ? units("-", style) : 0);
            if (lineUnits + shown <= limit) {
                lineUnits += pieceUnits;
                lineEnd = end;
                continue;
            }
            if (lineEnd > lineStart) {
                out.add(text.substring(lineStart, lineEnd).strip());
                lineStart = lineEnd;
            }
            if (shown <= limit) {
                lineUnits = pieceUnits;
            } else {
                lineStart = hardBreak(text, start, end, style, limit, out);
                lineUnits = units(text.substring(lineStart, end), style);
            }
            lineEnd = end;
        }
        if (lineStart < text.length()) {
            out.add(text.substring(lineStart).strip());
        }
    }

    /**
     * Breaks a piece wider than a line between user-perceived characters, adding the full
     * lines; returns where the rest starts.
     */
    private int hardBreak(String text, int from, int to, Style style, float limit,
            List<String> out) {
        String piece = text.substring(from, to);
        characters.setText(piece);
        int lineStart = 0;
        int last = 0;
        for (int end = characters.next(); end != BreakIterator.DONE; end = characters.next()) {
            if (last > lineStart && units(piece.substring(lineStart, end).strip(), style) > limit) {
                out.add(piece.substring(lineStart, last));
                lineStart = last;
            }
            last = end;
        }
        return from + lineStart;
    }

    private static String withoutFinalSoftHyphen(String text) {
        return text.endsWith("\u00AD") ? text.substring(0, text.length() - 1) : text;
    }

    float width(String line, Style style) {
        return units(line, style) / Face.UNITS * style.size();
    }

    /** The line's advance in thousandths of the font size. */
    private float units(String line, Style style) {
        if (line.isEmpty()) {
            return 0;
        }
        return TextRuns.layout(fonts, line, style.bold(), null).advance();
    }

    /** Draws one line of {@link #lines} with its baseline at {@code baseline}. */
    void show(String line, Style style, float x, float baseline) {
        show(canvas, line, style, x, baseline, null);
    }

    void show(Canvas target, String line, Style style, float x, float baseline,
            Boolean rightToLeft) {
        if (line.isEmpty()) {
            return;
        }
        target.text(fonts, TextRuns.layout(fonts, line, style.bold(), rightToLeft), style, x,
                baseline);
    }

    /**
     * Wrapped text at {@code indent} from the margin, breaking across pages line by line; a
     * right-to-left paragraph is set flush right.
     */
    void paragraph(String text, Style style, float indent) {
        float width = Theme.CONTENT_WIDTH - indent;
        for (String paragraph : DisplayText.prepare(text).split("\n", -1)) {
            boolean rightToLeft = BidiText.rightToLeft(paragraph);
            for (String line : lines(paragraph, style, width)) {
                keep(style.leading());
                float x = rightToLeft ? Theme.MARGIN + Theme.CONTENT_WIDTH - width(line, style)
                        : Theme.MARGIN + indent;
                show(canvas, line, style, x, y - style.size(), rightToLeft);
                y -= style.leading();
            }
        }
    }

    void fill(Color color, float x, float bottom, float width, float height) {
        canvas.fill(color, x, bottom, width, height);
    }

    void rule(Color color, float lineWidth, float x1, float y1, float x2, float y2) {
        canvas.rule(color, lineWidth, x1, y1, x2, y2);
    }
}
