package org.casenotes.supervision.core.packet.pdf;

import java.util.List;
import org.casenotes.supervision.core.packet.Count;

/** A horizontal bar chart drawn with vector graphics: one bar per count, a scale behind. */
final class BarChart {

    private static final float LABEL_WIDTH = 120f;
    private static final float BAR_HEIGHT = 12f;
    private static final float ROW = 20f;
    private static final int TICKS = 4;

    private BarChart() {
    }

    static void draw(PageFlow flow, List<Count> counts) {
        Style label = flow.body();
        Style small = flow.muted();
        float height = counts.size() * ROW + 22;
        flow.keep(height);
        long max = Math.max(1, counts.stream().mapToLong(Count::value).max().orElse(1));
        long step = Math.max(1, (max + TICKS - 1) / TICKS);
        long scale = step * TICKS;
        float left = Theme.MARGIN + LABEL_WIDTH;
        float width = Theme.CONTENT_WIDTH - LABEL_WIDTH - 30;
        float top = flow.y();
        float bottom = top - counts.size() * ROW;
        for (int t = 0; t <= TICKS; t++) {
            float x = left + width * t / TICKS;
            flow.rule(t == 0 ? Theme.MUTED : Theme.RULE, t == 0 ? 0.8f : 0.4f, x, top, x, bottom);
            String tick = Long.toString(step * t);
            flow.show(tick, small, x - flow.width(tick, small) / 2, bottom - 11);
        }
        float rowTop = top;
        for (Count count : counts) {
            float barBottom = rowTop - (ROW + BAR_HEIGHT) / 2;
            String name = flow.lines(count.label(), label, LABEL_WIDTH - 10).get(0);
            flow.show(name, label, Theme.MARGIN + LABEL_WIDTH - 8 - flow.width(name, label),
                    barBottom + 2.5f);
            float barWidth = width * count.value() / scale;
            if (barWidth > 0) {
                flow.fill(Theme.ACCENT, left, barBottom, barWidth, BAR_HEIGHT);
            }
            String value = Long.toString(count.value());
            flow.show(value, flow.strong(), left + barWidth + 4, barBottom + 2.5f);
            rowTop -= ROW;
        }
        flow.down(height + 6);
    }
}
