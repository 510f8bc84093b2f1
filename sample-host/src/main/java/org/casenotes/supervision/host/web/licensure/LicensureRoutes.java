package org.casenotes.supervision.host.web.licensure;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.casenotes.supervision.api.error.ValidationException;
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
        String supervisee = ctx.queryParam("supervisee");
        if (supervisee == null || supervisee.isBlank()) {
            throw ValidationException.of("/supervisee", "required", "name the supervisee");
        }
        String supervisor = ctx.queryParam("supervisor");
        LocalDate to = date(ctx, "to", LocalDate.now(zone));
        return new Query(supervisee.strip(), supervisor == null || supervisor.isBlank() ? null : supervisor.strip(),
                date(ctx, "from", to.minusDays(DEFAULT_DAYS)), to);
    }

    /** The language asked for by {@code ?locale=}, else the first of Accept-Language; English by default. */
    static Locale locale(Context ctx) {
        String tag = ctx.queryParam("locale");
        if (tag == null || tag.isBlank()) {
            String header = ctx.header("Accept-Language");
            tag = header == null ? "en" : header.split(",")[0].split(";")[0].strip();
        }
        return Locale.forLanguageTag(tag.strip()).getLanguage().equals("es") ? Locale.forLanguageTag("es")
                : Locale.ENGLISH;
    }

    private static LocalDate date(Context ctx, String name, LocalDate fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of("/" + name, "invalid-date", "give the date as YYYY-MM-DD");
        }
    }
}
