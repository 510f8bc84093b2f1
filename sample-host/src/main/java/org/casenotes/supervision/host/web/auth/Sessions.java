package org.casenotes.supervision.host.web.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.casenotes.supervision.host.clinic.ClinicUser;

/**
 * Server-side sessions held in memory. A new id is issued at every sign-in (no fixation), a
 * signed-out or expired session is gone for good.
 */
public final class Sessions {

    /** Idle sessions end after this long. */
    static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Entry> byId = new ConcurrentHashMap<>();
    private final Clock clock;

    private record Entry(Session session, java.time.Instant lastSeen) {
    }

    /**
     * Creates the store.
     *
     * @param clock the host's clock
     */
    public Sessions(Clock clock) {
        this.clock = clock;
    }

    /**
     * Starts a session for a user who has just signed in, ending the one they came with.
     *
     * @param user the user
     * @param previousId the session id the browser sent, or {@code null}
     * @return the new session
     */
    public Session start(ClinicUser user, String previousId) {
        if (previousId != null) {
            byId.remove(previousId);
        }
        Session session = new Session(token(), user, token(), clock.instant());
        byId.put(session.id(), new Entry(session, clock.instant()));
        return session;
    }

    /**
     * Finds a live session and marks it used.
     *
     * @param id the id from the cookie, may be {@code null}
     * @return the session, or empty when unknown or idle too long
     */
    public Optional<Session> find(String id) {
        if (id == null) {
            return Optional.empty();
        }
        Entry entry = byId.get(id);
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.lastSeen().plus(IDLE_TIMEOUT).isBefore(clock.instant())) {
            byId.remove(id);
            return Optional.empty();
        }
        byId.put(id, new Entry(entry.session(), clock.instant()));
        return Optional.of(entry.session());
    }

    /**
     * Ends a session.
     *
     * @param id the session id
     */
    public void end(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
