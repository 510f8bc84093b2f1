package org.casenotes.supervision.core.packet.pdf;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Writes one page content stream: filled rectangles, lines and shaped text. Written by hand
 * because PDFBox's content stream writer can only show text it encodes itself, one character
 * at a time, and cannot write a marked-content span with an inline ActualText dictionary.
 * Text is drawn as glyph ids at the shaping engine's positions: the pen advances by each
 * glyph's width from the font's widths array, and a TJ adjustment (horizontal) or a text rise
 * (vertical) is written only where the engine placed a glyph elsewhere (marks, kerning). A
 * piece whose glyphs do not map back to its text one to one carries its logical text as
 * ActualText, so text extraction gives the text as typed. Not thread-safe.
 */
final class Canvas implements Closeable {

    /**
     * Adjustments up to this (thousandths of the size) are not written: the widths array
     * rounds advances to whole thousandths, so honouring less would adjust nearly every glyph.
     */
    private static final float SLACK = 0.5f;

    private final PDResources resources;
    private final OutputStream out;
    private final StringBuilder ops = new StringBuilder(4096);
    private final Map<PDFont, COSName> names = new IdentityHashMap<>();

    private Canvas(PDResources resources, OutputStream out) {
        this.resources = resources;
        this.out = out;
    }

    /** A canvas for a new page's content. */
    static Canvas create(PDDocument document, PDPage page) throws IOException {
        PDStream stream = new PDStream(document);
        page.setContents(stream);
        return new Canvas(resources(page), stream.createOutputStream(COSName.FLATE_DECODE));
    }

    /** A canvas drawing over what the page already shows. */
    static Canvas append(PDDocument document, PDPage page) throws IOException {
        PDStream stream = new PDStream(document);
        COSBase contents = page.getCOSObject().getDictionaryObject(COSName.CONTENTS);
        COSArray array;
        if (contents instanceof COSArray existing) {
            array = existing;
        } else {
            array = new COSArray();
            if (contents instanceof COSStream single) {
                array.add(single);
            }
        }
        array.add(stream);
        page.getCOSObject().setItem(COSName.CONTENTS, array);
        return new Canvas(resources(page), stream.createOutputStream(COSName.FLATE_DECODE));
    }

    private static PDResources resources(PDPage page) {
        PDResources resources = page.getResources();
        if (resources == null) {
            resources = new PDResources();
            page.setResources(resources);
        }
        return resources;
    }

    void fill(Color color, float x, float y, float width, float height) {
        colour(color, "rg");
        number(x).number(y).number(width).number(height).op("re").op("f");
    }

    void rule(Color color, float lineWidth, float x1, float y1, float x2, float y2) {
        colour(color, "RG");
        number(lineWidth).op("w");
        number(x1).number(y1).op("m").number(x2).number(y2).op("l").op("S");
    }

    /** Draws a laid-out line with its left end at {@code x} and its baseline at {@code y}. */
    void text(PacketFonts fonts, TextRuns.Line line, Style style, float x, float y) {
        if (line.pieces().isEmpty()) {
            return;
        }
        float size = style.size();
        colour(style.color(), "rg");
        ops.append("BT\n");
        number(x).number(y).op("Td");
        PDFont font = null;
        int mode = 0;
        float expected = 0;
        float pen = 0;
        for (TextRuns.Piece piece : line.pieces()) {
            Glyphs glyphs = piece.glyphs();
            Embedded face = fonts.embedded(glyphs.face());
            if (face.font() != font) {
                font = face.font();
                ops.append('/').append(name(font).getName()).append(' ');
                number(size).op("Tf");
            }
            int wanted = piece.bold() && piece.family().synthesisesBold() ? 2 : 0;
            if (wanted != mode) {
                if (wanted == 2) {
                    colour(style.color(), "RG");
                    number(size * 0.03f).op("w");
                }
                mode = wanted;
                ops.append(mode).append(" Tr\n");
            }
            if (piece.actualText() != null) {
                ops.append("/Span<</ActualText<FEFF");
                hex(piece.actualText());
                ops.append(">>>BDC\n");
            }
            pen = glyphs(face, glyphs, expected, pen, size);
            if (piece.actualText() != null) {
                ops.append("EMC\n");
            }
            expected += glyphs.advance();
        }
        if (mode != 0) {
            ops.append("0 Tr\n");
        }
        ops.append("ET\n");
    }

    /** Writes one piece's glyphs; returns the pen position after them. */
    private float glyphs(Embedded face, Glyphs glyphs, float start, float pen, float size) {
        int[] ids = glyphs.ids();
        float rise = 0;
        ops.append('[');
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == 0) {
                continue;
            }
            float dy = glyphs.y()[i];
            if (Math.abs(dy - rise) > SLACK) {
                ops.append("]TJ\n");
                rise = dy;
                number(rise * size / Face.UNITS).op("Ts");
                ops.append('[');
            }
            float delta = start + glyphs.x()[i] - pen;
            if (Math.abs(delta) > SLACK) {
                float adjustment = Math.round(-delta * 100) / 100f;
                number(adjustment);
                pen -= adjustment;
            }
            face.use(ids[i]);
            ops.append('<');
            hex4(ids[i]);
            ops.append('>');
            pen += face.width(ids[i]);
        }
        ops.append("]TJ\n");
        if (rise != 0) {
            ops.append("0 Ts\n");
        }
        return pen;
    }

    private COSName name(PDFont font) {
        return names.computeIfAbsent(font, resources::add);
    }

    private void colour(Color color, String operator) {
        number(color.getRed() / 255f).number(color.getGreen() / 255f)
                .number(color.getBlue() / 255f).op(operator);
    }

    private Canvas op(String operator) {
        ops.append(operator).append('\n');
        return this;
    }

    /** A number with at most three decimals, no exponent, then a space. */
    private Canvas number(float value) {
        long thousandths = Math.round(value * 1000.0);
        if (thousandths < 0) {
            ops.append('-');
            thousandths = -thousandths;
        }
        ops.append(thousandths / 1000);
        long fraction = thousandths % 1000;
        if (fraction != 0) {
            ops.append('.');
            if (fraction < 100) {
                ops.append('0');
            }
            if (fraction < 10) {
                ops.append('0');
            }
            while (fraction % 10 == 0) {
                fraction /= 10;
            }
            ops.append(fraction);
        }
        ops.append(' ');
        return this;
    }

    private void hex(String text) {
        for (int i = 0; i < text.length(); i++) {
            hex4(text.charAt(i));
        }
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private void hex4(int value) {
        ops.append(HEX[(value >> 12) & 15]).append(HEX[(value >> 8) & 15])
                .append(HEX[(value >> 4) & 15]).append(HEX[value & 15]);
    }

    @Override
    public void close() throws IOException {
        try (OutputStream stream = out) {
            stream.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
        }
    }
}
