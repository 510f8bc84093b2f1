package org.casenotes.supervision.core.packet.pdf;

import java.util.List;
import org.casenotes.supervision.core.packet.Field;

/** Label-and-value rows, like a filled-in paper form: label on the left, value wrapping right. */
final class FormRows {

    private static final float LABEL_WIDTH = 150f;

    private FormRows() {
    }

    static void draw(PageFlow flow, List<Field> fields, float indent) {
        Style label = flow.muted().sized(Theme.BODY - 0.5f);
        Style value = flow.body();
        float valueX = Theme.MARGIN + indent + LABEL_WIDTH;
        float valueWidth = Theme.CONTENT_WIDTH - indent - LABEL_WIDTH;
        for (Field field : fields) {
            List<String> labelLines = flow.lines(field.label(), label, LABEL_WIDTH - 10);
            List<String> valueLines = flow.lines(field.value().isBlank() ? "\u2014" : field.value(),
                    value, valueWidth);
            int rows = Math.max(labelLines.size(), valueLines.size());
            flow.keep(value.leading() * Math.min(rows, 3));
            for (int i = 0; i < rows; i++) {
                flow.keep(value.leading());
                float baseline = flow.y() - value.size();
                if (i < labelLines.size()) {
                    flow.show(labelLines.get(i), label, Theme.MARGIN + indent, baseline);
                }
                if (i < valueLines.size()) {
                    flow.show(valueLines.get(i), value, valueX, baseline);
                }
                flow.down(value.leading());
            }
            flow.down(2.5f);
        }
    }
}
