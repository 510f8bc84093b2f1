package org.casenotes.supervision.example;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The clock an example host's tests move by hand (due dates, overdue reviews, late
 * signatures), in the practice's time zone. Thread-safe: the instant is volatile, and
 * {@link #withZone(ZoneId)} gives a separate clock from the same instant.
 */
public final class ExampleClock extends Clock {

    private final ZoneId zone;
    private volatile Instant now;

    /**
     * A clock standing at an instant.
     *
     * @param now where it stands
     * @param zone the practice's time zone
     */
    public ExampleClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /**
     * Moves the clock forward (or back, with a negative duration).
     *
     * @param by how far
     */
    public void advance(Duration by) {
        now = now.plus(by);
    }

    /**
     * Sets the clock to an instant.
     *
     * @param instant the new time
     */
    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new ExampleClock(now, other);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
