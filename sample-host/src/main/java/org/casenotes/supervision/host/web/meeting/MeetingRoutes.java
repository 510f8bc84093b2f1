package org.casenotes.supervision.host.web.meeting;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.meeting.HoursLog;
import org.casenotes.supervision.api.meeting.HoursTotal;
import org.casenotes.supervision.host.web.JsonBodies;
import org.casenotes.supervision.host.web.Supervision;
import org.casenotes.supervision.host.web.auth.AccessGuard;

/** Supervision meetings and the hours log; what each user may see is the plugin's rule. */
public final class MeetingRoutes {

    static final int DEFAULT_DAYS = 90;

    /** A version-checked action on a meeting. */
    record Versioned(Long version) {
    }

    private final Supervision supervision;
    private final JsonBodies json;
    private final ZoneId zone;

    /**
     * Creates the routes.
     *
     * @param supervision the plugin's module
     * @param json the body reader
     * @param zone the practice's time zone, for hours by day
     */
    public MeetingRoutes(Supervision supervision, JsonBodies json, ZoneId zone) {
        this.supervision = supervision;
        this.json = json;
        this.zone = zone;
    }

    /**
     * Registers the routes.
     *
     * @param routes the router
     */
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/api/meetings", ctx -> {
            LocalDate to = date(ctx, "to", LocalDate.now(zone));
            LocalDate from = date(ctx, "from", to.minusDays(DEFAULT_DAYS));
            ctx.json(supervision.module().meetings().list(actor(ctx), from, to));
        });
        routes.get("/api/meetings/{meetingId}", ctx -> ctx.json(supervision.module().meetings().view(actor(ctx),
                ctx.pathParam("meetingId"))));
        routes.post("/api/meetings/{meetingId}/sign", ctx -> ctx.json(supervision.module().meetings().sign(actor(ctx),
                ctx.pathParam("meetingId"), version(ctx))));
        routes.get("/api/hours", this::hours);
        routes.get("/api/hours.csv", ctx -> {
            Query q = query(ctx);
            ctx.header("Content-Disposition", "attachment; filename=\"supervision-hours.csv\"")
                    .contentType("text/csv; charset=utf-8")
                    .result(supervision.module().meetings().hoursCsv(actor(ctx), q.supervisee(), q.from(), q.to(), zone));
        });
    }

    private record Query(String supervisee, LocalDate from, LocalDate to) {
    }

    private void hours(Context ctx) {
        Query q = query(ctx);
        HoursLog log = supervision.module().meetings().hours(actor(ctx), q.supervisee(), q.from(), q.to(), zone);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("superviseeId", log.superviseeId());
        out.put("from", log.from().toString());
        out.put("to", log.to().toString());
        out.put("totals", log.totals().stream().map(t -> Map.of("format", t.format().name(), "modality", t.modality().name(),
                "meetings", t.meetings(), "hours", hours(t.minutes()))).toList());
        out.put("totalHours", hours(log.totals().stream().mapToLong(HoursTotal::minutes).sum()));
        out.put("meetings", log.entries().stream().map(e -> Map.of("meetingId", e.meetingId(), "date", e.date().toString(),
                "format", e.format().name(), "modality", e.modality().name(), "present", true, "hours", hours(e.minutes()))).toList());
        ctx.json(out);
    }

    private Query query(Context ctx) {
        String supervisee = ctx.queryParam("supervisee");
        if (supervisee == null || supervisee.isBlank()) {
            throw ValidationException.of("/supervisee", "required", "name the supervisee");
        }
        LocalDate to = date(ctx, "to", LocalDate.now(zone));
        return new Query(supervisee.strip(), date(ctx, "from", to.minusDays(DEFAULT_DAYS)), to);
    }

    private static String hours(long minutes) {
        return String.format(java.util.Locale.ROOT, "%.2f", minutes / 60.0);
    }

    private long version(Context ctx) {
        Versioned body = json.read(ctx, Versioned.class);
        if (body.version() == null) {
            throw ValidationException.of("/version", "required", "send the meeting version you last read");
        }
        return body.version();
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

    private static Actor actor(Context ctx) {
        return AccessGuard.session(ctx).user().actor();
    }
}
