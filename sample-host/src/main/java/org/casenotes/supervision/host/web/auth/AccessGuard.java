package org.casenotes.supervision.host.web.auth;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.casenotes.supervision.host.web.HttpProblem;

/**
 * Runs before every API request: responses never cached, a live session required (except to
 * sign in and to read the API description and the vocabulary), and the session's CSRF token required on every
 * state-changing request.
 */
public final class AccessGuard {

    /** The session cookie's name. */
    public static final String COOKIE = "sr_session";
    /** The header carrying the CSRF token. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    private static final String SESSION_ATTRIBUTE = "session";
    private static final Set<String> OPEN = Set.of("/api/login", "/api/openapi.json", "/api/vocabulary");
    private static final Set<HandlerType> SAFE = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private final Sessions sessions;

    /**
     * Creates the guard.
     *
     * @param sessions the live sessions
     */
    public AccessGuard(Sessions sessions) {
        this.sessions = sessions;
    }

    /**
     * Checks one request.
     *
     * @param ctx the request
     */
    public void check(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        if (OPEN.contains(ctx.path())) {
            return;
        }
        Session session = sessions.find(ctx.cookie(COOKIE))
                .orElseThrow(() -> HttpProblem.of(401, "session.required", "sign in first"));
        if (!SAFE.contains(ctx.method()) && !sameToken(session.csrfToken(), ctx.header(CSRF_HEADER))) {
            throw HttpProblem.of(403, "csrf.invalid", "the request's CSRF token is missing or wrong; reload the page");
        }
        ctx.attribute(SESSION_ATTRIBUTE, session);
    }

    /**
     * The session of a request that passed the guard.
     *
     * @param ctx the request
     * @return the session
     */
    public static Session session(Context ctx) {
        Session session = ctx.attribute(SESSION_ATTRIBUTE);
        if (session == null) {
            throw HttpProblem.of(401, "session.required", "sign in first");
        }
        return session;
    }

    /**
     * The signed-in user of a request that passed the guard, as the plugin's acting user.
     *
     * @param ctx the request
     * @return the actor
     */
    public static org.casenotes.supervision.api.Actor actor(Context ctx) {
        return session(ctx).user().actor();
    }

    private static boolean sameToken(String expected, String given) {
        return given != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8));
    }
}
