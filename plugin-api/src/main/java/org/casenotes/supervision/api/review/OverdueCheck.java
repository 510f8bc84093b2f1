package org.casenotes.supervision.api.review;

import java.util.List;

/**
 * What one overdue check raised. Each note is reported overdue once and escalated once per
 * submission, however often the check runs.
 *
 * @param overdue the notes newly reported overdue
 * @param escalated the notes newly escalated
 */
public record OverdueCheck(List<String> overdue, List<String> escalated) {

    /** Copies the lists. */
    public OverdueCheck {
        overdue = List.copyOf(overdue);
        escalated = List.copyOf(escalated);
    }
}
