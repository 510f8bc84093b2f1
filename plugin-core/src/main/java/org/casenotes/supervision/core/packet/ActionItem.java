package org.casenotes.supervision.core.packet;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A follow-up agreed in supervision.
 *
 * @param text what is to be done
 * @param owner who does it
 * @param due when it is due, or {@code null}
 * @param done whether it is done
 */
public record ActionItem(String text, String owner, LocalDate due, boolean done) {

    /** Checks the texts. */
    public ActionItem {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(owner, "owner");
    }
}
