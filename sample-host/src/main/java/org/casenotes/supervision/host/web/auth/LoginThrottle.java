package org.casenotes.supervision.host.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits failed sign-ins: after {@value #MAX_FAILURES} failures for one user id or from one
 * address within the window, further attempts are refused until the window has passed.
 */
public final class LoginThrottle {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    /**
     * Creates the throttle.
     *
     * @param clock the host's clock
     */
    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /**
     * Tells whether attempts for a user id from an address are currently refused.
     *
     * @param userId the user id typed
     * @param address the client's address
     * @return {@code true} while locked out
     */
    public boolean lockedOut(String userId, String address) {
        return recent("user:" + userId) >= MAX_FAILURES || recent("ip:" + address) >= MAX_FAILURES * 4;
    }

    /**
     * Records a failed attempt.
     *
     * @param userId the user id typed
     * @param address the client's address
     */
    public void failed(String userId, String address) {
        add("user:" + userId);
        add("ip:" + address);
    }

    /**
     * Forgets the failures of a user who has now signed in.
     *
     * @param userId the user
     */
    public void succeeded(String userId) {
        failures.remove("user:" + userId);
    }

    private void add(String key) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
        }
    }

    private int recent(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return 0;
        }
        Instant since = clock.instant().minus(WINDOW);
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
                times.removeFirst();
            }
            return times.size();
        }
    }
}
