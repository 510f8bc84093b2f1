package org.casenotes.supervision.api;

/**
 * Receives domain events for the host's own notifications (e-mail, in-app messages, tasks).
 *
 * <p>Called on the thread that committed the action; a listener that is slow should hand the
 * event to its own executor. An exception thrown here is logged and does not undo the action.
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
}
