package org.casenotes.supervision.host.web.auth;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casenotes.supervision.host.clinic.ClinicUser;
import org.casenotes.supervision.host.clinic.ClinicUsers;
import org.casenotes.supervision.host.web.HttpProblem;
import org.casenotes.supervision.host.web.JsonBodies;

/** Sign-in, sign-out, and who is signed in. */
public final class AuthRoutes {

    /** What the sign-in form sends. */
    record Credentials(String userId, String password) {
    }

    private final ClinicUsers users;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final JsonBodies json;
    private final Clock clock;

    /**
     * Creates the routes.
     *
     * @param users the accounts
     * @param sessions the live sessions
     * @param throttle the failed sign-in limiter
     * @param json the body reader
     * @param clock the practice's clock; its zone is the practice's time zone
     */
    public AuthRoutes(ClinicUsers users, Sessions sessions, LoginThrottle throttle, JsonBodies json, Clock clock) {
        this.clock = clock;
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
        this.json = json;
    }

    /**
     * Registers the routes.
     *
     * @param routes the router
     */
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.post("/api/login", this::login);
        routes.post("/api/logout", this::logout);
        routes.get("/api/me", ctx -> ctx.json(me(AccessGuard.session(ctx))));
    }

    /**
     * Checks the signed-in user's password again, as an electronic signature requires.
     *
     * @param ctx the request
     * @param password the password typed
     * @return the user
     */
    public ClinicUser reauthenticate(Context ctx, String password) {
        Session session = AccessGuard.session(ctx);
        String userId = session.user().userId();
        if (throttle.lockedOut(userId, ctx.ip())) {
            throw HttpProblem.of(429, "signature.locked", "too many wrong passwords; wait 15 minutes");
        }
        if (password == null || users.authenticate(userId, password.toCharArray()).isEmpty()) {
            throttle.failed(userId, ctx.ip());
            throw HttpProblem.of(403, "signature.password", "the password does not match; co-signing needs your password");
        }
        return session.user();
    }

    private void login(Context ctx) {
        Credentials credentials = json.read(ctx, Credentials.class);
        if (credentials.userId() == null || credentials.password() == null) {
            throw HttpProblem.of(400, "login.incomplete", "user id and password are both required");
        }
        if (throttle.lockedOut(credentials.userId(), ctx.ip())) {
            throw HttpProblem.of(429, "login.locked", "too many failed sign-ins; wait 15 minutes and try again");
        }
        ClinicUser user = users.authenticate(credentials.userId(), credentials.password().toCharArray()).orElse(null);
        if (user == null) {
            throttle.failed(credentials.userId(), ctx.ip());
            throw HttpProblem.of(401, "login.failed", "user id or password is wrong");
        }
        throttle.succeeded(user.userId());
        Session session = sessions.start(user, ctx.cookie(AccessGuard.COOKIE));
        Cookie cookie = new Cookie(AccessGuard.COOKIE, session.id(), "/", -1, false, true, null, SameSite.STRICT);
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setSecure(ctx.scheme().equals("https"));
        ctx.cookie(cookie);
        ctx.json(me(session));
    }

    private void logout(Context ctx) {
        sessions.end(AccessGuard.session(ctx).id());
        Cookie expired = new Cookie(AccessGuard.COOKIE, "", "/", 0, false, true, null, SameSite.STRICT);
        expired.setHttpOnly(true);
        expired.setSameSite(SameSite.STRICT);
        ctx.cookie(expired);
        ctx.status(204);
    }

    private Map<String, Object> me(Session session) {
        ClinicUser user = session.user();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("userId", user.userId());
        out.put("organisationId", user.organisationId());
        out.put("displayName", user.displayName());
        out.put("credentials", user.credentials());
        out.put("roles", user.roles().stream().map(Enum::name).sorted().toList());
        out.put("csrfToken", session.csrfToken());
        // The practice's own day: the note form proposes it, and a session after it is refused.
        out.put("today", LocalDate.now(clock).toString());
        out.put("timeZone", clock.getZone().getId());
        return out;
    }
}
