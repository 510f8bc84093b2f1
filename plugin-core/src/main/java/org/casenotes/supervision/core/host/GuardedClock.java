package org.casenotes.supervision.core.host;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.casenotes.supervision.api.error.HostPart;

/**
 * The host's clock behind the same guard as the other host parts: {@link Clock} is a class,
 * not an interface, so it needs its own delegate. Immutable; thread-safe when the host's clock is.
 */
final class GuardedClock extends Clock {

    private final Clock clock;

    GuardedClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ZoneId getZone() {
        return HostPartGuard.call(HostPart.CLOCK, clock::getZone);
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new GuardedClock(HostPartGuard.call(HostPart.CLOCK, () -> clock.withZone(zone)));
    }

    @Override
    public Instant instant() {
        return HostPartGuard.call(HostPart.CLOCK, clock::instant);
    }

    @Override
    public long millis() {
        return HostPartGuard.call(HostPart.CLOCK, clock::millis);
    }
}
