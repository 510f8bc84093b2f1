package org.casenotes.supervision.core.packet.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A table that flows across pages: its header row is repeated at the top of every page it
 * continues on, and a row taller than what is left of a page continues on the next.
 */
final class Table {

    private static final float PAD_X = 5f;
    private static final float PAD_Y = 3.5f;

    private final PageFlow flow;
    private final List<Column> columns;
    private final float indent;
    private final float width;
    private int rowCount;

    /**
     * A column.
     *
     * @param header the header text
     * @param weight the column's share of the table's width
     * @param right whether cells are right-aligned (figures)
     */
    record Column(String header, float weight, boolean right) {

        static Column left(String header, float weight) {
            return new Column(header, weight, false);
        }

        static Column right(String header, float weight) {
            return new Column(header, weight, true);
        }
    }

    Table(PageFlow flow, float indent, List<Column> columns) {
        this.flow = flow;
        this.columns = List.copyOf(columns);
        this.indent = indent;
        this.width = Theme.CONTENT_WIDTH - indent;
        Style body = flow.body();
        flow.keep(headerHeight() + body.leading() * 2 + 2 * PAD_Y);
        header();
    }

    void row(String... cells) {
        row(flow.body(), cells);
    }

    void row(Style style, String... cells) {
        List<List<String>> wrapped = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            wrapped.add(flow.lines(i < cells.length ? cells[i] : "", style, cellWidth(i)));
        }
        int total = wrapped.stream().mapToInt(List::size).max().orElse(1);
        boolean zebra = rowCount++ % 2 == 1;
        int from = 0;
        while (from < total) {
            int room = (int) ((flow.y() - Theme.CONTENT_BOTTOM - 2 * PAD_Y) / style.leading());
            if (room < 1 || (from == 0 && room < Math.min(total, 3))) {
                flow.newPage();
                header();
                continue;
            }
            int to = Math.min(total, from + room);
            draw(wrapped, from, to, style, zebra);
            from = to;
        }
    }

    private void draw(List<List<String>> wrapped, int from, int to, Style style, boolean zebra) {
        float height = (to - from) * style.leading() + 2 * PAD_Y;
        float left = Theme.MARGIN + indent;
        if (zebra) {
            flow.fill(Theme.ZEBRA, left, flow.y() - height, width, height);
        }
        float x = left;
        for (int c = 0; c < columns.size(); c++) {
            List<String> lines = wrapped.get(c);
            float baseline = flow.y() - PAD_Y - style.size();
            for (int i = from; i < Math.min(to, lines.size()); i++) {
                String line = lines.get(i);
                float lineX = columns.get(c).right()
                        ? x + cellWidth(c) + PAD_X - flow.width(line, style)
                        : x + PAD_X;
                flow.show(line, style, lineX, baseline);
                baseline -= style.leading();
            }
            x += columnWidth(c);
        }
        flow.down(height);
        flow.rule(Theme.RULE, 0.4f, left, flow.y(), left + width, flow.y());
    }

    private void header() {
        Style style = flow.strong().sized(Theme.SMALL).coloured(Theme.ACCENT);
        float height = headerHeight();
        float left = Theme.MARGIN + indent;
        flow.fill(Theme.ACCENT_LIGHT, left, flow.y() - height, width, height);
        float x = left;
        for (int c = 0; c < columns.size(); c++) {
            List<String> lines = flow.lines(columns.get(c).header(), style, cellWidth(c));
            String text = lines.isEmpty() ? "" : lines.get(0);
            float textX = columns.get(c).right()
                    ? x + cellWidth(c) + PAD_X - flow.width(text, style)
                    : x + PAD_X;
            flow.show(text, style, textX, flow.y() - PAD_Y - 1 - style.size());
            x += columnWidth(c);
        }
        flow.down(height);
        flow.rule(Theme.ACCENT, 0.6f, left, flow.y(), left + width, flow.y());
    }

    private float headerHeight() {
        return Theme.SMALL * Theme.LEADING + 2 * PAD_Y + 2;
    }

    private float columnWidth(int column) {
        float sum = 0;
        for (Column c : columns) {
            sum += c.weight();
        }
        return width * columns.get(column).weight() / sum;
    }

    private float cellWidth(int column) {
        return columnWidth(column) - 2 * PAD_X;
    }

    void end() {
        flow.down(8);
    }
}
