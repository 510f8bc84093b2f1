package org.casenotes.supervision.api.meeting;

import java.time.LocalDate;

/**
 * An action item agreed in a meeting.
 *
 * @param text what is to be done; not blank, at most 2,000 characters
 * @param ownerId who does it: the meeting's supervisor or one of its supervisees
 * @param dueDate when it is due, or {@code null}
 */
public record NewActionItem(String text, String ownerId, LocalDate dueDate) {
}
