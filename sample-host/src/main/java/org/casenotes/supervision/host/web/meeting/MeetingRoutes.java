package org.casenotes.supervision.host.web.meeting;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.meeting.CaseNotes;
import org.casenotes.supervision.api.meeting.ItemNotes;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.MeetingPlan;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.api.meeting.NewActionItem;
import org.casenotes.supervision.api.meeting.HoursLog;
import org.casenotes.supervision.api.meeting.HoursTotal;
import org.casenotes.supervision.host.web.DateInput;
import org.casenotes.supervision.host.web.JsonBodies;
import org.casenotes.supervision.host.web.QueryInput;
import org.casenotes.supervision.host.web.Supervision;
import org.casenotes.supervision.host.web.auth.AccessGuard;

/** Supervision meetings and the hours log; what each user may see is the plugin's rule. */
public final class MeetingRoutes {

    static final int DEFAULT_DAYS = 90;

    /** A version-checked action on a meeting. */
    record Versioned(Long version) {
    }

    /** A new meeting as the planning form sends it. */
    record PlanBody(List<String> supervisees, String startsAt, Integer durationMinutes, String format, String modality) {
    }

    /** A free topic for the agenda. */
    record TopicBody(Long version, String topic) {
    }

    /** The supervisor's case notes. */
    record CaseNotesBody(Long version, List<ItemNotes> items, String overallFeedback) {
    }

    /** A new action item. */
    record ActionBody(Long version, String text, String ownerId, String dueDate) {
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
            LocalDate to = DateInput.query(ctx, "to", LocalDate.now(zone));
            LocalDate from = DateInput.query(ctx, "from", to.minusDays(DEFAULT_DAYS));
            ctx.json(supervision.module().meetings().list(AccessGuard.actor(ctx), from, to));
        });
        routes.get("/api/meetings/{meetingId}", ctx -> ctx.json(supervision.module().meetings().view(AccessGuard.actor(ctx),
                ctx.pathParam("meetingId"))));
        routes.post("/api/meetings", this::plan);
        routes.post("/api/meetings/{meetingId}/sign", ctx -> ctx.json(supervision.module().meetings().sign(AccessGuard.actor(ctx),
                ctx.pathParam("meetingId"), version(ctx))));
        routes.post("/api/meetings/{meetingId}/agenda/propose", ctx -> ctx.json(supervision.module().meetings()
                .proposeAgenda(AccessGuard.actor(ctx), ctx.pathParam("meetingId"), version(ctx))));
        routes.post("/api/meetings/{meetingId}/agenda/topics", ctx -> {
            TopicBody body = json.read(ctx, TopicBody.class);
            ctx.json(supervision.module().meetings().addFreeTopic(AccessGuard.actor(ctx), ctx.pathParam("meetingId"),
                    required(body.version()), body.topic() == null ? "" : body.topic()));
        });
        routes.post("/api/meetings/{meetingId}/held", ctx -> ctx.json(supervision.module().meetings()
                .markHeld(AccessGuard.actor(ctx), ctx.pathParam("meetingId"), version(ctx))));
        routes.put("/api/meetings/{meetingId}/case-notes", ctx -> {
            CaseNotesBody body = json.read(ctx, CaseNotesBody.class);
            ctx.json(supervision.module().meetings().writeCaseNotes(AccessGuard.actor(ctx), ctx.pathParam("meetingId"),
                    required(body.version()), new CaseNotes(body.items(), body.overallFeedback())));
        });
        routes.post("/api/meetings/{meetingId}/action-items", ctx -> {
            ActionBody body = json.read(ctx, ActionBody.class);
            ctx.json(supervision.module().meetings().addActionItem(AccessGuard.actor(ctx), ctx.pathParam("meetingId"),
                    required(body.version()), new NewActionItem(body.text(), body.ownerId(),
                            DateInput.day(body.dueDate(), "/dueDate"))));
        });
        routes.post("/api/meetings/{meetingId}/action-items/{itemId}/complete", ctx -> ctx.json(supervision.module()
                .meetings().completeActionItem(AccessGuard.actor(ctx), ctx.pathParam("meetingId"), version(ctx), ctx.pathParam("itemId"))));
        routes.get("/api/hours", this::hours);
        routes.get("/api/hours.csv", ctx -> {
            Query q = query(ctx);
            ctx.header("Content-Disposition", "attachment; filename=\"supervision-hours.csv\"")
                    .contentType("text/csv; charset=utf-8")
                    .result(supervision.module().meetings().hoursCsv(AccessGuard.actor(ctx), q.supervisee(), q.from(), q.to(), zone));
        });
    }

    private record Query(String supervisee, LocalDate from, LocalDate to) {
    }

    private void hours(Context ctx) {
        Query q = query(ctx);
        HoursLog log = supervision.module().meetings().hours(AccessGuard.actor(ctx), q.supervisee(), q.from(), q.to(), zone);
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

    private void plan(Context ctx) {
        PlanBody body = json.read(ctx, PlanBody.class);
        List<FieldProblem> problems = new ArrayList<>();
        Instant startsAt = DateInput.localTime(body.startsAt(), "/startsAt", zone, problems);
        MeetingFormat format = choice(MeetingFormat.class, body.format(), "/format", problems);
        Modality modality = choice(Modality.class, body.modality(), "/modality", problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ctx.status(201).json(supervision.module().meetings().plan(AccessGuard.actor(ctx), new MeetingPlan(
                body.supervisees() == null ? List.of() : body.supervisees(), startsAt,
                body.durationMinutes() == null ? 0 : body.durationMinutes(), format, modality)));
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String value, String path, List<FieldProblem> problems) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(path, "not-allowed", "choose one of " + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static long required(Long version) {
        if (version == null) {
            throw ValidationException.of("/version", "required", "send the meeting version you last read");
        }
        return version;
    }

    private Query query(Context ctx) {
        String supervisee = QueryInput.text(ctx, "supervisee");
        if (supervisee == null || supervisee.isBlank()) {
            throw ValidationException.of("/supervisee", "required", "name the supervisee");
        }
        LocalDate to = DateInput.query(ctx, "to", LocalDate.now(zone));
        return new Query(supervisee.strip(), DateInput.query(ctx, "from", to.minusDays(DEFAULT_DAYS)), to);
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


}
