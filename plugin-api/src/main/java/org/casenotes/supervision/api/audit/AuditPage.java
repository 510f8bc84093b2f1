package org.casenotes.supervision.api.audit;

import java.util.List;
import java.util.Objects;

/**
 * One page of an audit report.
 *
 * @param events the events, in the query's order
 * @param next the cursor for the following page, or {@code null} on the last page
 */
public record AuditPage(List<AuditEvent> events, String next) {

    /**
     * Copies the events.
     *
     * @throws NullPointerException when {@code events} is null
     */
    public AuditPage {
        events = List.copyOf(Objects.requireNonNull(events, "events"));
    }

    /**
     * Tells whether more events follow.
     *
     * @return {@code true} when {@link #next()} is set
     */
    public boolean hasNext() {
        return next != null;
    }
}
