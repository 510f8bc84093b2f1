package org.casenotes.supervision.core.packet;

import java.time.Instant;
import java.util.Objects;

/**
 * One step of a note's review history.
 *
 * @param state the state entered, as the packet shows it
 * @param by who made the change
 * @param at when
 */
public record StateChange(String state, String by, Instant at) {

    /** Checks that nothing is null. */
    public StateChange {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
