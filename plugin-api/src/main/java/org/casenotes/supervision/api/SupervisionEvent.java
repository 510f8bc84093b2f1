package org.casenotes.supervision.api;

import java.time.Instant;

/**
 * A domain event sent to the host after the action that raised it committed.
 *
 * <p>Events carry ids only, never client-identifying text.
 */
public interface SupervisionEvent {

    /**
     * The organisation the event belongs to.
     *
     * @return the organisation id
     */
    String organisationId();

    /**
     * When the action happened, by the host's clock.
     *
     * @return the time of the action
     */
    Instant at();
}
