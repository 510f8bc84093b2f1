package org.casenotes.supervision.core.packet.pdf;

import java.awt.Color;

/** Regular or bold, a size and a colour; the leading follows from the size. */
record Style(boolean bold, float size, Color color) {

    float leading() {
        return size * Theme.LEADING;
    }

    Style sized(float newSize) {
        return new Style(bold, newSize, color);
    }

    Style coloured(Color newColor) {
        return new Style(bold, size, newColor);
    }
}
