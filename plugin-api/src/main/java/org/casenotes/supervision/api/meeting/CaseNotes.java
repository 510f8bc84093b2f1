package org.casenotes.supervision.api.meeting;

import java.util.List;

/**
 * The supervisor's case notes for a meeting: notes per agenda item and overall feedback.
 * Items not listed keep what they had.
 *
 * @param items notes per agenda item
 * @param overallFeedback the overall feedback, or {@code null} to leave it as it is
 */
public record CaseNotes(List<ItemNotes> items, String overallFeedback) {

    /** Copies the items; a null list becomes empty. */
    public CaseNotes {
        items = items == null ? List.of()
                : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
    }
}
