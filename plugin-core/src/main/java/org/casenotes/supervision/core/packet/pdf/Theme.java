package org.casenotes.supervision.core.packet.pdf;

import java.awt.Color;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The packet's page geometry, type sizes and colours, in one place. */
final class Theme {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 56f;
    static final float CONTENT_TOP = PAGE.getHeight() - 78f;
    static final float CONTENT_BOTTOM = 70f;
    static final float CONTENT_WIDTH = PAGE.getWidth() - 2 * MARGIN;

    static final float BODY = 9.5f;
    static final float SMALL = 8f;
    static final float H1 = 18f;
    static final float H2 = 12.5f;
    static final float H3 = 10.5f;
    static final float LEADING = 1.35f;

    static final Color INK = new Color(0x1F, 0x29, 0x37);
    static final Color MUTED = new Color(0x5B, 0x67, 0x78);
    static final Color ACCENT = new Color(0x1D, 0x4E, 0x89);
    static final Color ACCENT_LIGHT = new Color(0xE8, 0xEF, 0xF8);
    static final Color RULE = new Color(0xC9, 0xD1, 0xDB);
    static final Color ZEBRA = new Color(0xF6, 0xF8, 0xFA);
    static final Color WARNING = new Color(0xB4, 0x6A, 0x00);
    static final Color ALERT = new Color(0xB0, 0x27, 0x27);
    static final Color INFO = new Color(0x3B, 0x7D, 0x5A);

    private Theme() {
    }
}
