package org.casenotes.supervision.core.packet.pdf;

import java.util.List;
import org.casenotes.supervision.core.packet.AgendaItem;
import org.casenotes.supervision.core.packet.Count;
import org.casenotes.supervision.core.packet.PacketContent;
import org.casenotes.supervision.core.packet.Summary;

/** The summary (key figures, notes by state, the disclosure chart, flags) and the agenda. */
final class SummaryPages {

    private static final float TILE_HEIGHT = 58f;
    private static final float TILE_GAP = 10f;

    private SummaryPages() {
    }

    static void summary(PageFlow flow, Outline outline, PacketContent content, Labels labels) {
        Summary summary = content.summary();
        Headings.section(flow, outline, labels.get("section.summary"));
        long notes = summary.notesByState().stream().mapToLong(Count::value).sum();
        String turnaround = summary.medianCoSignTurnaround() == null
                ? labels.get("summary.turnaroundNone")
                : Labels.duration(summary.medianCoSignTurnaround());
        tiles(flow, List.of(
                new Count(labels.get("section.notes"), notes),
                new Count(labels.get("summary.notesWithDisclosures"), summary.notesWithDisclosures()),
                new Count(labels.get("summary.overdue"), summary.overdue())),
                labels.get("summary.turnaround"), turnaround);

        Headings.sub(flow, labels.get("summary.byState"));
        List<Count> states = new java.util.ArrayList<>(summary.notesByState());
        states.add(new Count(labels.get("summary.changedAfterCoSign"),
                summary.changedAfterCoSign()));
        counts(flow, states, labels.get("summary.state"), labels.get("summary.notes"), labels);

        Headings.sub(flow, labels.get("summary.byType"));
        if (summary.disclosuresByType().isEmpty()) {
            flow.paragraph(labels.get("summary.none"), flow.muted(), 0);
        } else {
            BarChart.draw(flow, summary.disclosuresByType());
        }

        Headings.sub(flow, labels.get("summary.byRule"));
        counts(flow, summary.flagsByRule(), labels.get("summary.rule"),
                labels.get("summary.flags"), labels);
    }

    static void agenda(PageFlow flow, Outline outline, PacketContent content, Labels labels) {
        Headings.continuing(flow, outline, labels.get("section.agenda"));
        if (content.agenda().isEmpty()) {
            flow.paragraph(labels.get("agenda.none"), flow.muted(), 0);
            return;
        }
        int number = 1;
        for (AgendaItem item : content.agenda()) {
            flow.keep(flow.strong().leading() * 2);
            String marker = number++ + ".";
            flow.show(marker, flow.strong().coloured(Theme.ACCENT), Theme.MARGIN,
                    flow.y() - Theme.BODY);
            flow.paragraph(item.title(), flow.strong(), 20);
            if (!item.detail().isBlank()) {
                flow.paragraph(item.detail(), flow.body().coloured(Theme.MUTED), 20);
            }
            flow.down(8);
        }
    }

    private static void counts(PageFlow flow, List<Count> counts, String what, String figure,
            Labels labels) {
        if (counts.isEmpty()) {
            flow.paragraph(labels.get("summary.none"), flow.muted(), 0);
            flow.down(6);
            return;
        }
        Table table = new Table(flow, 0, List.of(Table.Column.left(what, 3),
                Table.Column.right(figure, 1)));
        for (Count count : counts) {
            table.row(count.label(), Long.toString(count.value()));
        }
        table.end();
    }

    private static void tiles(PageFlow flow, List<Count> figures, String lastLabel,
            String lastValue) {
        int n = figures.size() + 1;
        float width = (Theme.CONTENT_WIDTH - TILE_GAP * (n - 1)) / n;
        flow.keep(TILE_HEIGHT + 10);
        float bottom = flow.y() - TILE_HEIGHT;
        for (int i = 0; i < n; i++) {
            float x = Theme.MARGIN + i * (width + TILE_GAP);
            boolean last = i == n - 1;
            String value = last ? lastValue : Long.toString(figures.get(i).value());
            String label = last ? lastLabel : figures.get(i).label();
            flow.fill(Theme.ACCENT_LIGHT, x, bottom, width, TILE_HEIGHT);
            flow.fill(Theme.ACCENT, x, bottom, width, 2.5f);
            Style big = flow.strong().sized(last ? 13 : 20).coloured(Theme.ACCENT);
            while (big.size() > 8 && flow.lines(value, big, width - 16).size() > 1) {
                big = big.sized(big.size() - 0.5f);
            }
            flow.show(flow.lines(value, big, width - 16).get(0), big, x + 8,
                    bottom + TILE_HEIGHT - 8 - big.size());
            Style small = flow.muted().sized(7.5f);
            List<String> lines = flow.lines(label, small, width - 16);
            int shown = Math.min(2, lines.size());
            float baseline = bottom + 9 + (shown - 1) * small.leading();
            for (int l = 0; l < shown; l++) {
                flow.show(lines.get(l), small, x + 8, baseline - l * small.leading());
            }
        }
        flow.down(TILE_HEIGHT + 18);
    }
}
