package org.casenotes.supervision.core.packet.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/** Section and sub-section headings, each kept together with what follows it. */
final class Headings {

    private static final float KEEP_WITH_NEXT = 90f;

    private Headings() {
    }

    /** A section heading at the top of a new page, with an accent rule and a bookmark. */
    static PDOutlineItem section(PageFlow flow, Outline outline, String title) {
        flow.newPage();
        return heading(flow, outline, title);
    }

    /** A section heading that continues the current page when enough of it is left. */
    static PDOutlineItem continuing(PageFlow flow, Outline outline, String title) {
        flow.keep(KEEP_WITH_NEXT * 2);
        flow.down(18);
        return heading(flow, outline, title);
    }

    private static PDOutlineItem heading(PageFlow flow, Outline outline, String title) {
        PDPage page = flow.page();
        float top = flow.y() + 12;
        Style style = flow.strong().sized(Theme.H1).coloured(Theme.ACCENT);
        flow.paragraph(title, style, 0);
        flow.down(4);
        flow.rule(Theme.ACCENT, 1.2f, Theme.MARGIN, flow.y(), Theme.MARGIN + 60, flow.y());
        flow.down(16);
        return outline.section(title, page, top);
    }

    static void sub(PageFlow flow, String title) {
        flow.keep(KEEP_WITH_NEXT);
        flow.down(6);
        flow.paragraph(title, flow.strong().sized(Theme.H2).coloured(Theme.INK), 0);
        flow.down(4);
    }

    static void minor(PageFlow flow, String title, float indent) {
        flow.keep(KEEP_WITH_NEXT / 2);
        flow.down(4);
        flow.paragraph(title, flow.strong().sized(Theme.H3).coloured(Theme.ACCENT), indent);
        flow.down(2);
    }
}
