package org.casenotes.supervision.core.packet.pdf;

import java.awt.Color;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.casenotes.supervision.api.disclosure.Flag;
import org.casenotes.supervision.core.packet.Comment;
import org.casenotes.supervision.core.packet.DisclosureEntry;
import org.casenotes.supervision.core.packet.ElectronicSignature;
import org.casenotes.supervision.core.packet.Field;
import org.casenotes.supervision.core.packet.NoteSection;
import org.casenotes.supervision.core.packet.PacketContent;
import org.casenotes.supervision.core.packet.StateChange;

/** One section per note: its disclosures as forms, risk screen, flags, comments, history. */
final class NotePages {

    private static final float BAND = 24f;
    private static final float REPLY_INDENT = 16f;

    private NotePages() {
    }

    /**
     * Draws every note as the content's source hands it out, holding one at a time.
     *
     * @return how many characters of the notes' texts the fonts cannot draw
     */
    static int draw(PageFlow flow, Outline outline, PacketContent content, Labels labels) {
        PDOutlineItem parent = Headings.section(flow, outline, labels.get("section.notes"));
        GuardPages.leftOut(flow, content, labels);
        ZoneId zone = content.cover().zone();
        int[] drawn = {0};
        int[] substituted = {0};
        content.notes().forEach(note -> {
            if (drawn[0]++ > 0) {
                flow.down(14);
            }
            note(flow, outline, parent, note, labels, zone);
            ContentText.forEach(note, text -> substituted[0] += flow.fonts().undrawable(text));
        });
        if (drawn[0] == 0) {
            flow.paragraph(labels.get("note.none"), flow.muted(), 0);
        }
        return substituted[0];
    }

    private static void note(PageFlow flow, Outline outline, PDOutlineItem parent,
            NoteSection note, Labels labels, ZoneId zone) {
        flow.keep(BAND + 80);
        String title = labels.get("note.session") + " " + Labels.date(note.sessionDate())
                + "  \u00B7  " + labels.get("note.client") + " " + note.client();
        outline.child(parent, Labels.date(note.sessionDate()) + " \u00B7 " + note.client(),
                flow.page(), flow.y() + 4);
        band(flow, title, note.reviewState());
        if (note.changedAfterCoSign()) {
            flow.paragraph(labels.get("note.changedAfterCoSign"),
                    flow.strong().coloured(Theme.ALERT), 0);
        }
        // The band has room for one line; the client is repeated here so a long name is never cut.
        flow.paragraph(labels.get("note.clinician") + ": " + note.clinician() + "  \u00B7  "
                + labels.get("note.client") + ": " + note.client() + "  \u00B7  "
                + labels.get("note.state") + ": " + note.reviewState(), flow.muted(), 0);
        if (note.part2()) {
            flow.paragraph(labels.get("note.part2"), flow.strong().coloured(Theme.ALERT), 0);
        }
        flow.down(6);

        if (!note.documented()) {
            flow.paragraph(labels.get("note.undocumented"), flow.body().coloured(Theme.ALERT), 0);
        } else if (note.disclosures().isEmpty()) {
            flow.paragraph(labels.get("note.noDisclosure"), flow.body().coloured(Theme.MUTED), 0);
        }
        int number = 1;
        for (DisclosureEntry entry : note.disclosures()) {
            disclosure(flow, entry, number++, labels);
        }
        if (!note.flags().isEmpty()) {
            Headings.minor(flow, labels.get("note.flags"), 0);
            for (Flag flag : note.flags()) {
                flag(flow, flag, labels);
            }
        }
        if (!note.comments().isEmpty()) {
            Headings.minor(flow, labels.get("note.comments"), 0);
            for (Comment comment : note.comments()) {
                comment(flow, comment, 0, zone);
            }
        }
        if (!note.history().isEmpty()) {
            Headings.minor(flow, labels.get("note.history"), 0);
            Table table = new Table(flow, 0, List.of(
                    Table.Column.left(labels.get("note.historyState"), 2),
                    Table.Column.left(labels.get("note.historyBy"), 2),
                    Table.Column.left(labels.get("note.historyAt"), 2)));
            for (StateChange change : note.history()) {
                table.row(change.state(), change.by(), Labels.time(change.at(), zone));
            }
            table.end();
        }
        if (!note.signatures().isEmpty()) {
            Headings.minor(flow, labels.get("note.signatures"), 0);
            for (ElectronicSignature signature : note.signatures()) {
                signature(flow, signature, labels);
            }
        }
    }

    /** A stored electronic signature: what was signed, the fixed line, the attestation, a late one's attestation. */
    static void signature(PageFlow flow, ElectronicSignature signature, Labels labels) {
        flow.keep(flow.body().leading() * 3);
        flow.paragraph(signature.label() + ": " + signature.statement(), flow.strong().sized(Theme.BODY), 0);
        flow.paragraph(labels.get("signature.attested") + ": " + signature.attestation(), flow.body(), 0);
        if (signature.late()) {
            flow.paragraph(labels.get("signature.lateAttestation") + ": " + signature.lateAttestation(),
                    flow.body().coloured(Theme.ALERT), 0);
        }
        flow.down(4);
    }

    private static void band(PageFlow flow, String title, String state) {
        Style style = flow.strong().sized(Theme.H3 + 0.5f).coloured(Theme.INK);
        Style badge = flow.strong().sized(Theme.SMALL).coloured(Theme.ACCENT);
        String badgeText = flow.lines(state.toUpperCase(Locale.ROOT), badge, 150).get(0);
        float badgeWidth = flow.width(badgeText, badge) + 12;
        float bottom = flow.y() - BAND;
        flow.fill(Theme.ACCENT_LIGHT, Theme.MARGIN, bottom, Theme.CONTENT_WIDTH, BAND);
        flow.fill(Theme.ACCENT, Theme.MARGIN, bottom, 3, BAND);
        String line = flow.lines(title, style, Theme.CONTENT_WIDTH - badgeWidth - 24).get(0);
        flow.show(line, style, Theme.MARGIN + 10, bottom + (BAND - style.size()) / 2 + 1.5f);
        float badgeX = Theme.MARGIN + Theme.CONTENT_WIDTH - badgeWidth - 6;
        flow.fill(Color.WHITE, badgeX, bottom + 5, badgeWidth, BAND - 10);
        flow.show(badgeText, badge, badgeX + 6, bottom + (BAND - badge.size()) / 2 + 1);
        flow.down(BAND + 5);
    }

    private static void disclosure(PageFlow flow, DisclosureEntry entry, int number,
            Labels labels) {
        Headings.minor(flow, labels.get("note.disclosure") + " " + number + " \u00B7 "
                + entry.type(), 0);
        flow.paragraph(labels.get("note.summary"), flow.muted(), 0);
        flow.paragraph(entry.summary(), flow.body(), 0);
        flow.down(5);
        FormRows.draw(flow, entry.fields(), 0);
        if (!entry.riskScreen().isEmpty()) {
            flow.down(2);
            flow.paragraph(labels.get("note.riskScreen"), flow.strong().sized(Theme.BODY), 0);
            flow.down(2);
            Table table = new Table(flow, 0, List.of(
                    Table.Column.left(labels.get("note.risk"), 2),
                    Table.Column.left(labels.get("note.answer"), 3)));
            for (Field risk : entry.riskScreen()) {
                table.row(risk.label(), risk.value());
            }
            table.end();
        }
    }

    private static void flag(PageFlow flow, Flag flag, Labels labels) {
        Color colour = switch (flag.severity()) {
            case INFO -> Theme.INFO;
            case WARNING -> Theme.WARNING;
            case REVIEW_REQUIRED -> Theme.ALERT;
        };
        Style tag = flow.strong().sized(Theme.SMALL).coloured(colour);
        String label = labels.get("severity." + flag.severity().name()).toUpperCase(
                labels.locale());
        flow.keep(flow.body().leading() * 2);
        flow.fill(colour, Theme.MARGIN, flow.y() - flow.body().leading() + 2, 3,
                flow.body().leading() - 1);
        flow.show(label, tag, Theme.MARGIN + 8, flow.y() - Theme.BODY);
        String where = flag.entryIndex() < 0 ? ""
                : " (" + labels.get("note.disclosure") + " " + (flag.entryIndex() + 1) + ")";
        flow.paragraph(labels.rule(flag.ruleId()) + where + ": " + flag.explanation(), flow.body(), 100);
        flow.down(3);
    }

    private static void comment(PageFlow flow, Comment comment, float indent, ZoneId zone) {
        flow.keep(flow.body().leading() * 2);
        if (indent > 0) {
            flow.rule(Theme.RULE, 1.2f, Theme.MARGIN + indent - 8, flow.y(),
                    Theme.MARGIN + indent - 8, flow.y() - flow.body().leading() * 2);
        }
        flow.paragraph(comment.author() + "  \u00B7  " + Labels.time(comment.at(), zone),
                flow.strong().sized(Theme.SMALL + 0.5f), indent);
        flow.paragraph(comment.text(), flow.body(), indent);
        flow.down(4);
        for (Comment reply : comment.replies()) {
            comment(flow, reply, indent + REPLY_INDENT, zone);
        }
    }
}
