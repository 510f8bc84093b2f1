package org.casenotes.supervision.core.packet.pdf;

import java.util.List;
import org.casenotes.supervision.api.packet.PacketOptions;
import org.casenotes.supervision.core.packet.Cover;
import org.casenotes.supervision.core.packet.PacketContent;

/** The first page: what the packet is, for whom, which period, and the notice. */
final class CoverPage {

    private static final float LABEL_WIDTH = 130f;

    private CoverPage() {
    }

    static void draw(PageFlow flow, Outline outline, PacketContent content,
            PacketOptions options, Labels labels) {
        Cover cover = content.cover();
        flow.newPage();
        outline.section(cover.title(), flow.page(), Theme.PAGE.getHeight());
        flow.down(70);
        flow.fill(Theme.ACCENT, Theme.MARGIN, flow.y() + 2, 36, 4);
        flow.down(14);
        flow.paragraph(labels.get("cover.kicker").toUpperCase(labels.locale()),
                flow.strong().sized(Theme.SMALL + 1).coloured(Theme.ACCENT), 0);
        flow.down(8);
        flow.paragraph(cover.title(), flow.strong().sized(26).coloured(Theme.INK), 0);
        flow.down(4);
        // The title already says what kind of packet this is; the line under it says which.
        String subtitle = cover.meeting() != null
                ? cover.meeting().title() + "  \u00B7  " + Labels.date(cover.meeting().date())
                : Labels.date(cover.from()) + " \u2013 " + Labels.date(cover.to());
        flow.paragraph(subtitle, flow.body().sized(13).coloured(Theme.MUTED), 0);
        flow.down(30);
        flow.rule(Theme.RULE, 0.6f, Theme.MARGIN, flow.y(), Theme.MARGIN + Theme.CONTENT_WIDTH,
                flow.y());
        flow.down(18);

        fact(flow, labels.get("cover.supervisor"), cover.supervisor());
        fact(flow, labels.get("cover.supervisees"), String.join("\n", cover.supervisees()));
        fact(flow, labels.get("cover.period"),
                Labels.date(cover.from()) + " \u2013 " + Labels.date(cover.to()));
        if (cover.meeting() != null) {
            fact(flow, labels.get("cover.meeting"), cover.meeting().title() + "\n"
                    + Labels.date(cover.meeting().date()));
        }
        fact(flow, labels.get("cover.notes"), Integer.toString(content.notes().count()));
        fact(flow, labels.get("cover.identity"),
                labels.get("identity." + options.identity().name()));
        fact(flow, labels.get("cover.generated"),
                Labels.dateTime(cover.generatedAt(), cover.zone()));

        notice(flow, cover.confidentialityNotice());
    }

    private static void fact(PageFlow flow, String label, String value) {
        Style labelStyle = flow.muted().sized(Theme.BODY);
        Style valueStyle = flow.strong().sized(11);
        List<String> lines = flow.lines(value.isBlank() ? "\u2014" : value, valueStyle,
                Theme.CONTENT_WIDTH - LABEL_WIDTH);
        float top = flow.y();
        flow.show(flow.lines(label, labelStyle, LABEL_WIDTH - 8).get(0), labelStyle,
                Theme.MARGIN, top - valueStyle.size());
        for (String line : lines) {
            flow.show(line, valueStyle, Theme.MARGIN + LABEL_WIDTH, top - valueStyle.size());
            top -= valueStyle.leading();
        }
        flow.down(Math.max(1, lines.size()) * valueStyle.leading() + 9);
    }

    private static void notice(PageFlow flow, String text) {
        Style style = flow.body().coloured(Theme.INK);
        List<String> lines = flow.lines(text, style, Theme.CONTENT_WIDTH - 28);
        float height = lines.size() * style.leading() + 22;
        float bottom = Theme.CONTENT_BOTTOM + 20;
        flow.fill(Theme.ACCENT_LIGHT, Theme.MARGIN, bottom, Theme.CONTENT_WIDTH, height);
        flow.fill(Theme.ACCENT, Theme.MARGIN, bottom, 3, height);
        float baseline = bottom + height - 11 - style.size();
        for (String line : lines) {
            flow.show(line, style, Theme.MARGIN + 16, baseline);
            baseline -= style.leading();
        }
    }
}
