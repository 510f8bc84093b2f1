package org.casenotes.supervision.core.packet;

import java.util.Objects;

/**
 * One point on the meeting's agenda.
 *
 * @param title the point
 * @param detail more about it; may be empty
 */
public record AgendaItem(String title, String detail) {

    /** Checks that nothing is null. */
    public AgendaItem {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(detail, "detail");
    }
}
