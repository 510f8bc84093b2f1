package org.casenotes.supervision.core.packet.pdf;

import org.casenotes.supervision.core.packet.ExportGuard;
import org.casenotes.supervision.core.packet.PacketContent;

/**
 * The 42 CFR Part 2 §2.32 redisclosure notice, on its own page right after the cover, when the
 * packet includes a Part 2 record: the notice accompanies the disclosure, so it comes before any
 * note.
 */
final class GuardPages {

    private GuardPages() {
    }

    static void notice(PageFlow flow, Outline outline, PacketContent content, Labels labels) {
        ExportGuard guard = content.guard();
        if (guard.notice() == null) {
            return;
        }
        Headings.section(flow, outline, labels.get("section.part2"));
        flow.paragraph(labels.format("part2.intro", guard.part2Notes()), flow.body(), 0);
        flow.down(8);
        flow.paragraph(guard.notice(), flow.strong().sized(Theme.BODY), 0);
        flow.down(8);
        flow.paragraph(labels.format("part2.source", guard.noticeCitation(), Labels.date(guard.noticeEffectiveFrom())),
                flow.muted(), 0);
    }

    /** The count of psychotherapy notes left out, at the head of the notes section. */
    static void leftOut(PageFlow flow, PacketContent content, Labels labels) {
        int leftOut = content.guard().psychotherapyNotesLeftOut();
        if (leftOut > 0) {
            flow.paragraph(labels.format("guard.leftOut", leftOut), flow.strong().coloured(Theme.ALERT), 0);
            flow.down(6);
        }
    }
}
