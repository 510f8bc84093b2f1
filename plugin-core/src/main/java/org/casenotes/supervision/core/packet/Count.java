package org.casenotes.supervision.core.packet;

import java.util.Objects;

/**
 * One labelled figure, such as the number of notes in a state or the minutes in a category.
 *
 * @param label what is counted, as the packet shows it
 * @param value the figure; not negative
 */
public record Count(String label, long value) {

    /** Checks the label and the sign. */
    public Count {
        Objects.requireNonNull(label, "label");
        if (value < 0) {
            throw new IllegalArgumentException("a count is never negative");
        }
    }
}
