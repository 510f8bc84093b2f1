package org.casenotes.supervision.core.packet.pdf;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.function.Consumer;
import org.casenotes.supervision.core.packet.NoteSource;

/**
 * Visits every text of a packet's content once, whatever record it sits in, so characters the
 * font cannot draw are counted once per occurrence in the data, not once per time drawn.
 * A {@link org.casenotes.supervision.core.packet.NoteSource} is not walked: the note pages
 * count each note as they draw it.
 */
final class ContentText {

    private ContentText() {
    }

    static void forEach(Object value, Consumer<String> visitor) {
        if (value instanceof NoteSource) {
            return;
        }
        if (value instanceof String text) {
            visitor.accept(text);
        } else if (value instanceof Collection<?> values) {
            values.forEach(v -> forEach(v, visitor));
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    forEach(component.getAccessor().invoke(record), visitor);
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("packet records expose their components", e);
                }
            }
        }
    }
}
