package org.casenotes.supervision.core.packet.pdf;

import java.awt.Color;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A font, its size and colour; the leading follows from the size. */
record Style(PDFont font, float size, Color color) {

    float leading() {
        return size * Theme.LEADING;
    }

    Style sized(float newSize) {
        return new Style(font, newSize, color);
    }

    Style coloured(Color newColor) {
        return new Style(font, size, newColor);
    }
}
