package org.casenotes.supervision.host.web.meeting;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.meeting.Attendance;
import org.casenotes.supervision.api.meeting.CaseNotes;
import org.casenotes.supervision.api.meeting.HoursEntry;
import org.casenotes.supervision.api.meeting.HoursLog;
import org.casenotes.supervision.api.meeting.HoursTotal;
import org.casenotes.supervision.api.meeting.ItemNotes;
import org.casenotes.supervision.api.meeting.MeetingFormat;
import org.casenotes.supervision.api.meeting.MeetingPlan;
import org.casenotes.supervision.api.meeting.MeetingSummary;
import org.casenotes.supervision.api.meeting.Modality;
import org.casenotes.supervision.api.meeting.NewActionItem;
import org.casenotes.supervision.host.clinic.ClinicRecords;
import org.casenotes.supervision.host.web.JsonBodies;
import org.casenotes.supervision.host.web.Languages;
import org.casenotes.supervision.host.web.Paging;
import org.casenotes.supervision.host.web.Supervision;
import org.casenotes.supervision.host.web.auth.AccessGuard;
import org.casenotes.supervision.host.web.auth.AuthRoutes;

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

    /** Attendance per supervisee id: PRESENT, ABSENT or EXCUSED. */
    record AttendanceBody(Long version, Map<String, String> attendance) {
    }

    /** Signing: the version and the password, as an electronic signature requires. */
    record SignBody(Long version, String password) {
    }

    /** A new action item. */
    record ActionBody(Long version, String text, String ownerId, String dueDate) {
    }

    private final Supervision supervision;
    private final JsonBodies json;
    private final ZoneId zone;
    private final AuthRoutes auth;
    private final MeetingLabels labels;

    /**
     * Creates the routes.
     *
     * @param supervision the plugin's module
     * @param json the body reader
     * @param zone the practice's time zone, for hours by day
     * @param auth password checks for signing
     * @param records the host's people, for display names
     */
    public MeetingRoutes(Supervision supervision, JsonBodies json, ZoneId zone, AuthRoutes auth,
            ClinicRecords records) {
        this.auth = auth;
        this.labels = new MeetingLabels(json.responses(), records);
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
            // Past and upcoming: DEFAULT_DAYS either side of today unless a period is asked for.
            LocalDate today = LocalDate.now(zone);
            LocalDate to = date(ctx, "to", today.plusDays(DEFAULT_DAYS));
            LocalDate from = date(ctx, "from", today.minusDays(DEFAULT_DAYS));
            Actor actor = AccessGuard.actor(ctx);
            Locale locale = Languages.of(ctx);
            Paging paging = Paging.of(ctx, Integer.MAX_VALUE);
            List<MeetingSummary> all = supervision.module().meetings().list(actor, from, to);
            paging.answer(ctx, paging.slice(all).stream()
                    .map(m -> labels.view(m, actor, supervision.module().vocabulary(), locale)).toList(), all.size());
        });
        routes.get("/api/meetings/{meetingId}", ctx -> {
            Actor actor = AccessGuard.actor(ctx);
            Map<String, Object> view = labels.view(supervision.module().meetings().view(actor,
                    ctx.pathParam("meetingId")), actor, supervision.module().vocabulary(), Languages.of(ctx));
            // What signing attests to, shown before the supervisor types the password.
            view.put("signAttestationText", supervision.module().policies().current(actor).review()
                    .meetingAttestationText());
            ctx.json(view);
        });
        routes.post("/api/meetings", this::plan);
        routes.post("/api/meetings/{meetingId}/sign", this::sign);
        routes.put("/api/meetings/{meetingId}/attendance", this::attendance);
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
                            body.dueDate() == null || body.dueDate().isBlank() ? null : parse(body.dueDate(), "/dueDate"))));
        });
        routes.post("/api/meetings/{meetingId}/action-items/{itemId}/complete", ctx -> ctx.json(supervision.module()
                .meetings().completeActionItem(AccessGuard.actor(ctx), ctx.pathParam("meetingId"), version(ctx), ctx.pathParam("itemId"))));
        routes.post("/api/action-items/{itemId}/done", ctx -> ctx.json(supervision.module().meetings()
                .markOwnActionItemDone(AccessGuard.actor(ctx), ctx.pathParam("itemId"))));
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
        // Every meeting that took place, credited or not: only PRESENT earns hours.
        List<HoursEntry> all = new ArrayList<>(log.entries());
        all.addAll(log.notCredited());
        all.sort(java.util.Comparator.comparing(HoursEntry::date).thenComparing(HoursEntry::startTime));
        out.put("meetings", all.stream().map(e -> Map.of("meetingId", e.meetingId(), "date", e.date().toString(),
                "format", e.format().name(), "modality", e.modality().name(), "attendance", e.attendance().name(),
                "present", e.attendance().credited(), "hours", hours(e.minutes()))).toList());
        ctx.json(out);
    }

    private void sign(Context ctx) {
        SignBody body = json.read(ctx, SignBody.class);
        long version = required(body.version());
        auth.reauthenticate(ctx, body.password());
        ctx.json(supervision.module().meetings().sign(AccessGuard.actor(ctx), ctx.pathParam("meetingId"), version));
    }

    private void attendance(Context ctx) {
        AttendanceBody body = json.read(ctx, AttendanceBody.class);
        long version = required(body.version());
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Attendance> attendance = new LinkedHashMap<>();
        if (body.attendance() == null || body.attendance().isEmpty()) {
            problems.add(new FieldProblem("/attendance", "required", "record the attendance of at least one supervisee"));
        } else {
            body.attendance().forEach((supervisee, value) -> attendance.put(supervisee,
                    choice(Attendance.class, value, "/attendance/" + supervisee.replace("~", "~0").replace("/", "~1"), problems)));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ctx.json(supervision.module().meetings().recordAttendance(AccessGuard.actor(ctx), ctx.pathParam("meetingId"),
                version, attendance));
    }

    private void plan(Context ctx) {
        PlanBody body = json.read(ctx, PlanBody.class);
        List<FieldProblem> problems = new ArrayList<>();
        Instant startsAt = null;
        try {
            startsAt = body.startsAt() == null ? null : LocalDateTime.parse(body.startsAt()).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            startsAt = null;
        }
        if (startsAt == null) {
            problems.add(new FieldProblem("/startsAt", "invalid-date-time", "give the start as YYYY-MM-DDTHH:MM"));
        }
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

    private static LocalDate parse(String value, String path) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ValidationException.of(path, "invalid-date", "give the date as YYYY-MM-DD");
        }
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

}
