package org.casenotes.supervision.host.web.auth;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.casenotes.supervision.host.clinic.ClinicUser;
import org.casenotes.supervision.host.clinic.ClinicUsers;
import org.casenotes.supervision.host.web.HttpProblem;
import org.casenotes.supervision.host.web.JsonBodies;
import org.casenotes.supervision.host.web.TrustedProxies;

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
    private final TrustedProxies proxies;
    private final SignInAudit audit;

    /**
     * Creates the routes without an audit trail of sessions.
     *
     * @param users the accounts
     * @param sessions the live sessions
     * @param throttle the failed sign-in limiter
     * @param json the body reader
     * @param clock the practice's clock; its zone is the practice's time zone
     * @param proxies whose forwarding headers give the client's address and scheme
     */
    public AuthRoutes(ClinicUsers users, Sessions sessions, LoginThrottle throttle, JsonBodies json, Clock clock,
            TrustedProxies proxies) {
        this(users, sessions, throttle, json, clock, proxies, new SignInAudit(java.util.Optional::empty));
    }

    /**
     * Creates the routes.
     *
     * @param users the accounts
     * @param sessions the live sessions
     * @param throttle the failed sign-in limiter
     * @param json the body reader
     * @param clock the practice's clock; its zone is the practice's time zone
     * @param proxies whose forwarding headers give the client's address and scheme
     * @param audit where sign-ins, failures, lock-outs and sign-outs are audited
     */
    public AuthRoutes(ClinicUsers users, Sessions sessions, LoginThrottle throttle, JsonBodies json, Clock clock,
            TrustedProxies proxies, SignInAudit audit) {
        this.clock = clock;
        this.users = users;
        this.sessions = sessions;
        this.throttle = throttle;
        this.json = json;
        this.proxies = proxies;
        this.audit = audit;
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
     * Checks the signed-in user's password again, as an electronic signature requires. Wrong
     * passwords here slow only further co-signs of this user (see {@link LoginThrottle}).
     *
     * @param ctx the request
     * @param password the password typed
     * @return the user
     * @throws HttpProblem 429 {@code signature.throttled} (with {@code Retry-After}) while the
     *     backoff lasts, 403 {@code signature.password} when the password is wrong
     */
    public ClinicUser reauthenticate(Context ctx, String password) {
        Session session = AccessGuard.session(ctx);
        String userId = session.user().userId();
        Duration wait = throttle.coSignWait(userId);
        if (!wait.isZero()) {
            audit.refused(java.util.Optional.of(session.user()), "SIGN", "signature.throttled");
            throw tooSoon(ctx, wait, "signature.throttled", "too many wrong passwords; wait before co-signing again");
        }
        if (password == null || users.authenticate(userId, password.toCharArray()).isEmpty()) {
            throttle.coSignFailed(userId);
            audit.refused(java.util.Optional.of(session.user()), "SIGN", "signature.password");
            throw HttpProblem.of(403, "signature.password", "the password does not match; co-signing needs your password");
        }
        throttle.coSignSucceeded(userId);
        return session.user();
    }

    private void login(Context ctx) {
        Credentials credentials = json.read(ctx, Credentials.class);
        if (credentials.userId() == null || credentials.password() == null) {
            throw HttpProblem.of(400, "login.incomplete", "user id and password are both required");
        }
        String address = proxies.clientAddress(ctx);
        Duration wait = throttle.signInWait(credentials.userId(), address);
        if (!wait.isZero()) {
            audit.refused(users.find(credentials.userId()), "SIGN_IN", "login.throttled");
            throw tooSoon(ctx, wait, "login.throttled", "too many failed sign-ins for this account; wait and try again");
        }
        Duration delay = throttle.addressDelay(address);
        if (delay.isZero()) {
            signIn(ctx, credentials, address);
        } else {
            // A slowed address is held without holding a thread, then checked like any other.
            ctx.future(() -> CompletableFuture.runAsync(() -> signIn(ctx, credentials, address),
                    CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS)));
        }
    }

    private void signIn(Context ctx, Credentials credentials, String address) {
        ClinicUser user = users.authenticate(credentials.userId(), credentials.password().toCharArray()).orElse(null);
        if (user == null) {
            throttle.signInFailed(credentials.userId(), address, users.exists(credentials.userId()));
            audit.refused(users.find(credentials.userId()), "SIGN_IN", "login.failed");
            throw HttpProblem.of(401, "login.failed", "user id or password is wrong");
        }
        throttle.signInSucceeded(user.userId(), address);
        audit.signedIn(user);
        Session session = sessions.start(user, ctx.cookie(AccessGuard.COOKIE));
        Cookie cookie = new Cookie(AccessGuard.COOKIE, session.id(), "/", -1, false, true, null, SameSite.STRICT);
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.STRICT);
        cookie.setSecure(proxies.overTls(ctx));
        ctx.cookie(cookie);
        ctx.json(me(session));
    }

    private static HttpProblem tooSoon(Context ctx, Duration wait, String code, String detail) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        ctx.header("Retry-After", String.valueOf(seconds));
        return HttpProblem.of(429, code, detail + " (" + seconds + " s)");
    }

    private void logout(Context ctx) {
        Session ending = AccessGuard.session(ctx);
        sessions.end(ending.id());
        audit.signedOut(ending.user());
        Cookie expired = new Cookie(AccessGuard.COOKIE, "", "/", 0, false, true, null, SameSite.STRICT);
        expired.setHttpOnly(true);
        expired.setSameSite(SameSite.STRICT);
        expired.setSecure(proxies.overTls(ctx));
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
