package org.casenotes.supervision.api;

/**
 * Receives domain events for the host's own notifications (e-mail, in-app messages, tasks).
 *
 * <p>Events come from a transactional outbox: each is stored with the action that raised it and
 * delivered after commit, at least once and in order per note, each with a stable event id. The
 * plugin calls {@link #onEvent(String, SupervisionEvent)}; a host that de-duplicates overrides
 * it, others implement {@link #onEvent(SupervisionEvent)}. Called on the thread that committed
 * the action (or at start, or from {@link SupervisionModule#deliverPendingEvents()}); a listener
 * that is slow should hand the event to its own executor. An exception thrown here does not
 * undo the action: the event stays pending and is delivered again later, with the same id.
 */
@FunctionalInterface
public interface SupervisionEventListener {

    /** A listener that ignores every event. */
    SupervisionEventListener NONE = event -> { };

    /**
     * Handles one event.
     *
     * @param event the committed event
     */
    void onEvent(SupervisionEvent event);

    /**
     * Handles one event with its stable id; by default passes the event to {@link
     * #onEvent(SupervisionEvent)}.
     *
     * @param eventId the event's id, the same on every delivery of the event (a UUID)
     * @param event the committed event
     */
    default void onEvent(String eventId, SupervisionEvent event) {
        onEvent(event);
    }
}
