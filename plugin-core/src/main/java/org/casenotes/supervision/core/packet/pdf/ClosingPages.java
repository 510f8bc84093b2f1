package org.casenotes.supervision.core.packet.pdf;

import java.util.List;
import org.casenotes.supervision.core.packet.ActionItem;
import org.casenotes.supervision.core.packet.Count;
import org.casenotes.supervision.core.packet.ElectronicSignature;
import org.casenotes.supervision.core.packet.HoursLog;
import org.casenotes.supervision.core.packet.PacketContent;
import org.casenotes.supervision.core.packet.SignatureLine;

/** The action items, the hours log and the signature page. */
final class ClosingPages {

    private static final float SIGNATURE_BLOCK = 120f;

    private ClosingPages() {
    }

    static void actions(PageFlow flow, Outline outline, PacketContent content, Labels labels) {
        Headings.section(flow, outline, labels.get("section.actions"));
        if (content.actions().isEmpty()) {
            flow.paragraph(labels.get("actions.none"), flow.muted(), 0);
            return;
        }
        Table table = new Table(flow, 0, List.of(Table.Column.right("#", 0.4f),
                Table.Column.left(labels.get("actions.action"), 5),
                Table.Column.left(labels.get("actions.owner"), 2),
                Table.Column.left(labels.get("actions.due"), 1.5f),
                Table.Column.left(labels.get("actions.status"), 1.2f)));
        int number = 1;
        for (ActionItem item : content.actions()) {
            table.row(Integer.toString(number++), item.text(), item.owner(),
                    Labels.date(item.due()),
                    labels.get(item.done() ? "actions.done" : "actions.open"));
        }
        table.end();
    }

    static void hours(PageFlow flow, Outline outline, PacketContent content, Labels labels) {
        Headings.continuing(flow, outline, labels.get("section.hours"));
        HoursLog hours = content.hours();
        if (hours.rows().isEmpty()) {
            flow.paragraph(labels.get("hours.none"), flow.muted(), 0);
            return;
        }
        Table table = new Table(flow, 0, List.of(
                Table.Column.left(labels.get("hours.date"), 1.3f),
                Table.Column.left(labels.get("hours.supervisee"), 2f),
                Table.Column.left(labels.get("hours.category"), 2.1f),
                Table.Column.left(labels.get("hours.format"), 1.3f),
                Table.Column.right(labels.get("hours.hours"), 2f)));
        for (HoursLog.Row row : hours.rows()) {
            table.row(Labels.date(row.date()), row.supervisee(), row.category(), row.format(),
                    labels.hours(row.minutes()));
        }
        table.row(flow.strong(), labels.get("hours.total"), "", "", "",
                labels.hours(hours.totalMinutes()));
        table.end();

        Headings.sub(flow, labels.get("hours.totals"));
        Table totals = new Table(flow, 0, List.of(
                Table.Column.left(labels.get("hours.category"), 3),
                Table.Column.right(labels.get("hours.hours"), 1.5f)));
        for (Count total : hours.totals()) {
            totals.row(total.label(), labels.hours(total.value()));
        }
        totals.end();
    }

    static void signatures(PageFlow flow, Outline outline, PacketContent content,
            Labels labels) {
        Headings.section(flow, outline, labels.get("section.signatures"));
        if (!content.meetingSignatures().isEmpty()) {
            Headings.sub(flow, labels.get("signature.electronic"));
            for (ElectronicSignature signature : content.meetingSignatures()) {
                NotePages.signature(flow, signature, labels);
            }
            flow.down(10);
        }
        for (SignatureLine line : content.signatures()) {
            flow.keep(SIGNATURE_BLOCK);
            flow.paragraph(line.role(), flow.strong().sized(Theme.H3).coloured(Theme.ACCENT), 0);
            flow.down(3);
            flow.paragraph(line.attestation(), flow.body(), 0);
            flow.down(34);
            float y = flow.y();
            float signatureWidth = Theme.CONTENT_WIDTH * 0.62f;
            float dateX = Theme.MARGIN + signatureWidth + 24;
            flow.rule(Theme.INK, 0.6f, Theme.MARGIN, y, Theme.MARGIN + signatureWidth, y);
            flow.rule(Theme.INK, 0.6f, dateX, y, Theme.MARGIN + Theme.CONTENT_WIDTH, y);
            Style caption = flow.muted();
            flow.show(flow.lines(labels.get("signature.signature") + " \u2014 " + line.name(),
                    caption, signatureWidth).get(0), caption, Theme.MARGIN, y - 11);
            flow.show(labels.get("signature.date"), caption, dateX, y - 11);
            flow.down(40);
        }
    }
}
