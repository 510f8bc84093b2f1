package org.casenotes.supervision.core.packet;

import java.util.Objects;

/**
 * One row of a form: a label and its value, both already in the packet's language.
 *
 * @param label the field's label
 * @param value the field's value; may be empty
 */
public record Field(String label, String value) {

    /** Checks that nothing is null. */
    public Field {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
