package org.casenotes.supervision.host.web.licensure;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.host.web.DateInput;
import org.casenotes.supervision.host.web.Languages;
import org.casenotes.supervision.host.web.QueryInput;
import org.casenotes.supervision.host.web.Supervision;
import org.casenotes.supervision.host.web.auth.AccessGuard;

/**
 * Board rule packs, the check of a supervisee's supervision against their board's rules, and
 * the board summary CSV; who may read what is the plugin's rule (the hours log's).
 */
public final class LicensureRoutes {

    static final int DEFAULT_DAYS = 90;

    private final Supervision supervision;
    private final ZoneId zone;

    /**
     * Creates the routes.
     *
     * @param supervision the plugin's module
     * @param zone the practice's time zone
     */
    public LicensureRoutes(Supervision supervision, ZoneId zone) {
        this.supervision = supervision;
        this.zone = zone;
    }

    /**
     * Registers the routes.
     *
     * @param routes the router
     */
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/api/licensure/rule-packs", ctx -> ctx.json(supervision.module().licensure().rulePacks()));
        routes.get("/api/licensure/rule-packs/{packId}", ctx -> ctx.contentType("application/json")
                .result(supervision.module().licensure().rulePackJson(ctx.pathParam("packId"))));
        routes.get("/api/licensure/check", ctx -> {
            Query q = query(ctx);
            ctx.json(supervision.module().licensure().check(AccessGuard.actor(ctx), q.supervisee(), q.supervisor(),
                    q.from(), q.to(), zone, locale(ctx)));
        });
        routes.get("/api/licensure/board.csv", ctx -> {
            Query q = query(ctx);
            ctx.header("Content-Disposition", "attachment; filename=\"board-summary.csv\"")
                    .contentType("text/csv; charset=utf-8")
                    .result(supervision.module().licensure().boardCsv(AccessGuard.actor(ctx), q.supervisee(),
                            q.supervisor(), q.from(), q.to(), zone));
        });
    }

    private record Query(String supervisee, String supervisor, LocalDate from, LocalDate to) {
    }

    private Query query(Context ctx) {
        String supervisee = QueryInput.text(ctx, "supervisee");
        if (supervisee == null || supervisee.isBlank()) {
            throw ValidationException.of("/supervisee", "required", "name the supervisee");
        }
        String supervisor = QueryInput.text(ctx, "supervisor");
        LocalDate to = DateInput.query(ctx, "to", LocalDate.now(zone));
        return new Query(supervisee.strip(), supervisor == null || supervisor.isBlank() ? null : supervisor.strip(),
                DateInput.query(ctx, "from", to.minusDays(DEFAULT_DAYS)), to);
    }

    /** The language asked for by {@code ?locale=} (en or es), else Accept-Language; English by default. */
    static Locale locale(Context ctx) {
        return Languages.of(ctx);
    }
}
