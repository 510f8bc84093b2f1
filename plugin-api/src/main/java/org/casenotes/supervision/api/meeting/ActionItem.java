package org.casenotes.supervision.api.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Something to be done by the next meetings; open items are carried into each later meeting's
 * agenda until a meeting closes them.
 *
 * @param id the item's id
 * @param raisedInMeetingId the meeting in which it was agreed
 * @param text what is to be done
 * @param ownerId who does it: the supervisor or one of the supervisees
 * @param dueDate when it is due, or {@code null}
 * @param closedInMeetingId the meeting that recorded it done, or {@code null} while open or
 *     when its owner marked it done outside a meeting
 * @param closedAt when it was recorded done (by a meeting or by its owner), or {@code null}
 *     while open
 */
public record ActionItem(String id, String raisedInMeetingId, String text, String ownerId,
        LocalDate dueDate, String closedInMeetingId, Instant closedAt) {

    /** Checks the required fields. */
    public ActionItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(raisedInMeetingId, "raisedInMeetingId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(ownerId, "ownerId");
    }

    /**
     * Tells whether the item has been done.
     *
     * @return {@code true} once a meeting or its owner closed it
     */
    public boolean done() {
        return closedAt != null;
    }
}
