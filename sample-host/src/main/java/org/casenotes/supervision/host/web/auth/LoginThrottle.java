package org.casenotes.supervision.host.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every decision about failed passwords, in one place, made so that it slows guessing without
 * letting anyone lock an honest user out (NIST SP 800-63B §5.2.2, OWASP ASVS 4.0.3 V2.2.1):
 *
 * <ul>
 *   <li><b>Sign-in, per account and address</b>: the first {@value #FREE_ATTEMPTS} consecutive
 *       failures for an account from one address cost nothing; after that each attempt for
 *       that account from that address must wait 1 s, 2 s, 4 s … (doubling per failure, at most
 *       {@link #MAX_WAIT}) after the last failure, and is refused with 429 until then without
 *       the password being checked. The same account from any other address is not slowed, so
 *       a stranger's failures never keep its owner out.</li>
 *   <li><b>Sign-in, per address</b>: counts failures only for accounts that exist. Past
 *       {@value #ADDRESS_FAILURES} within {@link #WINDOW}, every sign-in from that address is
 *       answered only after {@link #ADDRESS_DELAY}, and is then checked like any other: valid
 *       credentials always succeed (a practice behind one NAT address is slowed, never
 *       refused).</li>
 *   <li><b>Co-sign (re-authentication of a signed-in user)</b>: its own count per user, with the
 *       same backoff. Only the user's own session can fail it, and sign-in failures never touch
 *       it, nor it sign-in.</li>
 * </ul>
 *
 * <p>A success clears the count it belongs to. The client address is the one
 * {@link org.casenotes.supervision.host.web.TrustedProxies} resolves. State is in memory, per
 * host process. Thread-safe.
 */
public final class LoginThrottle {

    /** Consecutive failures that cost nothing. */
    static final int FREE_ATTEMPTS = 5;
    /** The longest wait the backoff asks for. */
    static final Duration MAX_WAIT = Duration.ofSeconds(60);
    /** Failures (for existing accounts) from one address within {@link #WINDOW} before its sign-ins are slowed. */
    static final int ADDRESS_FAILURES = 20;
    /** How long a sign-in from a slowed address waits before it is checked. */
    public static final Duration ADDRESS_DELAY = Duration.ofSeconds(1);
    /** How long an address's failures are remembered. */
    static final Duration WINDOW = Duration.ofMinutes(15);
    /** Above this many counts, idle ones are dropped. */
    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Backoff> backoffs = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> addressFailures = new ConcurrentHashMap<>();
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
     * How long a sign-in for an account from an address must still wait.
     *
     * @param userId the user id typed
     * @param address the client's address
     * @return {@link Duration#ZERO} when it may be checked now
     */
    public Duration signInWait(String userId, String address) {
        return wait(signInKey(userId, address));
    }

    /**
     * How long a sign-in from an address is held before it is checked.
     *
     * @param address the client's address
     * @return {@link #ADDRESS_DELAY} while the address is slowed, otherwise zero
     */
    public Duration addressDelay(String address) {
        return recent(address) >= ADDRESS_FAILURES ? ADDRESS_DELAY : Duration.ZERO;
    }

    /**
     * Records a failed sign-in.
     *
     * @param userId the user id typed
     * @param address the client's address
     * @param accountExists whether an account has this id (only those count against the address)
     */
    public void signInFailed(String userId, String address, boolean accountExists) {
        forgetOld();
        backoffs.computeIfAbsent(signInKey(userId, address), k -> new Backoff()).failed(clock.instant());
        if (accountExists) {
            Deque<Instant> times = addressFailures.computeIfAbsent(address, k -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(clock.instant());
            }
        }
    }

    /**
     * Forgets the failures for an account from the address it has now signed in from.
     *
     * @param userId the user
     * @param address the client's address
     */
    public void signInSucceeded(String userId, String address) {
        backoffs.remove(signInKey(userId, address));
    }

    /**
     * How long a signed-in user's co-sign must still wait after wrong passwords.
     *
     * @param userId the signed-in user
     * @return {@link Duration#ZERO} when the password may be checked now
     */
    public Duration coSignWait(String userId) {
        return wait(coSignKey(userId));
    }

    /**
     * Records a wrong co-sign password.
     *
     * @param userId the signed-in user
     */
    public void coSignFailed(String userId) {
        backoffs.computeIfAbsent(coSignKey(userId), k -> new Backoff()).failed(clock.instant());
    }

    /**
     * Forgets the user's co-sign failures after a right password.
     *
     * @param userId the signed-in user
     */
    public void coSignSucceeded(String userId) {
        backoffs.remove(coSignKey(userId));
    }

    /** Keeps memory bounded under a flood of made-up ids: counts idle past the window are dropped. */
    private void forgetOld() {
        if (backoffs.size() > MAX_TRACKED) {
            Instant idleSince = clock.instant().minus(WINDOW);
            backoffs.values().removeIf(b -> b.lastBefore(idleSince));
            addressFailures.keySet().removeIf(address -> recent(address) == 0);
        }
    }

    private Duration wait(String key) {
        Backoff backoff = backoffs.get(key);
        return backoff == null ? Duration.ZERO : backoff.waitAt(clock.instant());
    }

    private int recent(String address) {
        Deque<Instant> times = addressFailures.get(address);
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

    private static String signInKey(String userId, String address) {
        return "sign-in\u0000" + userId + "\u0000" + address;
    }

    private static String coSignKey(String userId) {
        return "co-sign\u0000" + userId;
    }

    /** Consecutive failures and when the last one was. */
    private static final class Backoff {
        private int failures;
        private Instant last = Instant.EPOCH;

        synchronized void failed(Instant now) {
            failures++;
            last = now;
        }

        synchronized boolean lastBefore(Instant instant) {
            return last.isBefore(instant);
        }

        synchronized Duration waitAt(Instant now) {
            if (failures < FREE_ATTEMPTS) {
                return Duration.ZERO;
            }
            int doublings = Math.min(failures - FREE_ATTEMPTS, 6);
            Duration step = Duration.ofSeconds(1L << doublings);
            Duration wait = step.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : step;
            Duration left = Duration.between(now, last.plus(wait));
            return left.isNegative() ? Duration.ZERO : left;
        }
    }
}
