package org.casenotes.supervision.host.web.review;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.review.BatchCoSignResult;
import org.casenotes.supervision.api.review.CoSignSelection;
import org.casenotes.supervision.api.review.NewComment;
import org.casenotes.supervision.api.review.NoteVersion;
import org.casenotes.supervision.api.review.Page;
import org.casenotes.supervision.api.review.QueueQuery;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewState;
import org.casenotes.supervision.api.review.Reviews;
import org.casenotes.supervision.host.clinic.ClinicRecords;
import org.casenotes.supervision.host.web.HttpProblem;
import org.casenotes.supervision.host.web.JsonBodies;
import org.casenotes.supervision.host.web.Languages;
import org.casenotes.supervision.host.web.QueryInput;
import org.casenotes.supervision.host.web.Supervision;
import org.casenotes.supervision.host.web.auth.AccessGuard;
import org.casenotes.supervision.host.web.auth.AuthRoutes;

/**
 * Review actions, comments, the supervisor's queue and batch co-sign. Every right and state
 * rule is the plugin's; the host adds only the password check an electronic signature needs.
 */
public final class ReviewRoutes {

    static final int PAGE_SIZE = 50;
    private static final java.util.Set<String> STATES = java.util.Arrays.stream(ReviewState.values()).map(Enum::name)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A transition as the review page sends it. */
    record Action(Long version, String reason, String password) {
    }

    /** A new comment. */
    record NewCommentBody(Long version, String text, String parentId, Integer entryIndex) {
    }

    /** One note picked for batch co-sign. */
    record Picked(String noteId, Long version) {
    }

    /** A batch co-sign request. */
    record Batch(List<Picked> notes, String password) {
    }

    private final Supervision supervision;
    private final ClinicRecords records;
    private final AuthRoutes auth;
    private final JsonBodies json;

    /**
     * Creates the routes.
     *
     * @param supervision the plugin's module
     * @param records the host's clients, for names in the queue
     * @param auth to check the password again before co-signing
     * @param json the body reader
     */
    public ReviewRoutes(Supervision supervision, ClinicRecords records, AuthRoutes auth, JsonBodies json) {
        this.supervision = supervision;
        this.records = records;
        this.auth = auth;
        this.json = json;
    }

    /**
     * Registers the routes.
     *
     * @param routes the router
     */
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.post("/api/notes/{noteId}/review/{action}", this::act);
        routes.post("/api/notes/{noteId}/comments", this::comment);
        routes.get("/api/queue", this::queue);
        routes.post("/api/queue/co-sign", this::batch);
    }

    private void act(Context ctx) {
        Actor actor = AccessGuard.actor(ctx);
        String noteId = ctx.pathParam("noteId");
        Action body = json.read(ctx, Action.class);
        long version = required(body.version(), "/version");
        String action = ctx.pathParam("action");
        notFor(action, "request-changes", "/reason", body.reason());
        notFor(action, "co-sign", "/password", body.password());
        Reviews reviews = supervision.module().reviews();
        Review review = switch (action) {
            case "submit" -> reviews.submit(actor, noteId, version);
            case "withdraw" -> reviews.withdraw(actor, noteId, version);
            case "start" -> reviews.startReview(actor, noteId, version);
            case "request-changes" -> reviews.requestChanges(actor, noteId, version, body.reason() == null ? "" : body.reason());
            case "co-sign" -> {
                auth.reauthenticate(ctx, body.password());
                yield reviews.coSign(actor, noteId, version);
            }
            default -> throw HttpProblem.of(404, "review.unknown-action",
                    "unknown review action; use submit, withdraw, start, request-changes or co-sign");
        };
        ctx.json(summary(review));
    }

    private void comment(Context ctx) {
        NewCommentBody body = json.read(ctx, NewCommentBody.class);
        long version = required(body.version(), "/version");
        NewComment comment = new NewComment(body.parentId(), body.entryIndex() == null ? -1 : body.entryIndex(),
                body.text() == null ? "" : body.text());
        ctx.status(201).json(summary(supervision.module().reviews().comment(AccessGuard.actor(ctx), ctx.pathParam("noteId"), version, comment)));
    }

    private void queue(Context ctx) {
        Actor actor = AccessGuard.actor(ctx);
        if (!actor.has(Role.SUPERVISOR)) {
            // Not an empty form: say why there is no queue for this user.
            Map<String, Object> none = new LinkedHashMap<>();
            none.put("items", List.of());
            none.put("next", null);
            none.put("explanation", actor.has(Role.ADMIN)
                    ? Map.of("code", "queue.admin", "message", "Practice admins set the review policy and reassign"
                            + " supervisors but never co-sign, so they have no review queue.")
                    : Map.of("code", "queue.not-a-supervisor", "message", "The review queue lists notes waiting for"
                            + " a supervisor; it is empty for users who supervise nobody."));
            ctx.json(none);
            return;
        }
        Set<ReviewState> states = EnumSet.noneOf(ReviewState.class);
        String state = QueryInput.choice(ctx, "state", STATES);
        if (state != null) {
            states.add(ReviewState.valueOf(state));
        }
        String flagged = QueryInput.choice(ctx, "flagged", java.util.Set.of("true", "false"));
        String supervisee = QueryInput.text(ctx, "supervisee");
        Page<Review> page = supervision.module().reviews().queue(actor, new QueueQuery(
                supervisee == null || supervisee.isBlank() ? null : supervisee.strip(), states,
                flagged == null ? null : Boolean.valueOf(flagged), "true".equals(QueryInput.choice(ctx, "overdue",
                        java.util.Set.of("true", "false"))), PAGE_SIZE, QueryInput.text(ctx, "after")));
        List<Map<String, Object>> items = new ArrayList<>();
        Map<String, CoSignSelection> selections = supervision.module().reviewSampling().selections(actor,
                page.items().stream().map(Review::noteId).toList());
        for (Review review : page.items()) {
            Map<String, Object> item = summary(review);
            // Why this note waits for a co-sign: the code beside its label; none for a note
            // submitted before selections were kept.
            CoSignSelection selection = selections.get(review.noteId());
            item.put("coSignReason", selection == null ? null : selection.reason().name());
            item.put("coSignReasonLabel", selection == null ? null
                    : supervision.module().vocabulary().label(selection.reason(), Languages.of(ctx)));
            item.put("clientName", records.clientName(actor.organisationId(), review.clientId()).orElse(""));
            item.put("clinicianName", records.displayName(actor.organisationId(), review.clinicianId()));
            item.put("stateLabel", supervision.module().vocabulary().label(review.state(), Languages.of(ctx)));
            item.put("sessionDate", records.note(actor.organisationId(), review.noteId())
                    .map(n -> n.sessionDate().toString()).orElse(""));
            items.add(item);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", items);
        out.put("next", page.nextCursor());
        ctx.json(out);
    }

    private void batch(Context ctx) {
        Batch body = json.read(ctx, Batch.class);
        if (body.notes() == null || body.notes().isEmpty()) {
            throw ValidationException.of("/notes", "required", "pick at least one note to co-sign");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<NoteVersion> notes = new ArrayList<>();
        for (int i = 0; i < body.notes().size(); i++) {
            Picked picked = body.notes().get(i);
            if (picked == null || picked.noteId() == null || picked.version() == null) {
                problems.add(new FieldProblem("/notes/" + i, "required", "each note needs its id and version"));
            } else if (picked.version() < 0) {
                problems.add(new FieldProblem("/notes/" + i + "/version", "out-of-range", "the version is 0 or more"));
            } else {
                notes.add(new NoteVersion(picked.noteId(), picked.version()));
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        auth.reauthenticate(ctx, body.password());
        BatchCoSignResult result = supervision.module().reviews().batchCoSign(AccessGuard.actor(ctx), notes);
        List<Map<String, Object>> outcomes = result.outcomes().stream().map(o -> Map.<String, Object>of(
                "noteId", o.noteId(), "coSigned", result.committed() && o.accepted(),
                "reasonCode", o.reasonCode() == null ? "" : o.reasonCode(), "reason", o.reason() == null ? "" : o.reason())).toList();
        if (!result.committed()) {
            // All or nothing: a refused batch changed nothing, and says why for each note.
            Map<String, Object> problem = new LinkedHashMap<>();
            problem.put("type", "https://casenotes.org/problems/batch.refused");
            problem.put("title", "Conflict");
            problem.put("status", 409);
            problem.put("detail", "nothing was co-signed: at least one note cannot be co-signed in a batch");
            problem.put("code", "batch.refused");
            problem.put("instance", ctx.path());
            problem.put("outcomes", outcomes);
            ctx.status(409).json(problem).contentType("application/problem+json");
            return;
        }
        ctx.json(Map.of("committed", true, "outcomes", outcomes));
    }

    static Map<String, Object> summary(Review review) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("noteId", review.noteId());
        out.put("clientId", review.clientId());
        out.put("clinicianId", review.clinicianId());
        out.put("state", review.state().name());
        out.put("version", review.version());
        out.put("dueDate", review.dueDate() == null ? null : review.dueDate().toString());
        out.put("overdue", review.dueDate() != null && review.dueDate().isBefore(java.time.LocalDate.now())
                && review.state().awaitingSupervisor());
        out.put("flagged", review.flagged());
        out.put("flagRules", review.flagRuleIds());
        return out;
    }

    /** A field that only one action takes is refused on the others rather than ignored. */
    private static void notFor(String action, String owner, String path, String value) {
        if (value != null && !action.equals(owner)) {
            throw new HttpProblem(400, "body.invalid", "this action takes no such field", List.of(
                    new FieldProblem(path, "not-allowed-property", "only " + owner + " takes this field")));
        }
    }

    private static long required(Long value, String path) {
        if (value == null) {
            throw ValidationException.of(path, "required", "send the version you last read");
        }
        return value;
    }

}
