package org.casenotes.supervision.host.web.notes;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.input.FreeText;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.host.clinic.ClinicRecords;
import org.casenotes.supervision.host.web.HostAudit;
import org.casenotes.supervision.host.web.HttpProblem;
import org.casenotes.supervision.host.web.DateInput;
import org.casenotes.supervision.host.web.JsonBodies;
import org.casenotes.supervision.host.web.Paging;
import org.casenotes.supervision.host.web.Languages;
import org.casenotes.supervision.host.web.Supervision;
import org.casenotes.supervision.host.web.auth.AccessGuard;

/**
 * The host's progress notes: a clinician's list, a new note, and one note with its
 * self-disclosure section and review. Who may read a note is the plugin's rule: the note is
 * shown only after the plugin's review history (an audited read) allows it.
 */
public final class NoteRoutes {

    static final int MAX_TEXT = 20_000;
    static final int MAX_SERVICE = 200;
    static final int LIST_SIZE = 40;
    /** The data category of the host's own progress notes in the audit trail. */
    static final String NOTE_CATEGORY = "progress-note";

    /** A new note as the editor sends it. */
    record NewNote(String clientId, String sessionDate, String service, String text) {
    }

    private final ClinicRecords records;
    private final Supervision supervision;
    private final JsonBodies json;
    private final NoteViews views;
    private final HostAudit audit;

    /**
     * Creates the routes.
     *
     * @param records the host's clients and notes
     * @param supervision the plugin's module
     * @param json the body reader
     */
    public NoteRoutes(ClinicRecords records, Supervision supervision, JsonBodies json) {
        this.records = records;
        this.supervision = supervision;
        this.json = json;
        this.audit = new HostAudit(supervision);
        this.views = new NoteViews(records, supervision, audit);
    }

    /**
     * Registers the routes.
     *
     * @param routes the router
     */
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/api/clients", this::clients);
        routes.get("/api/notes", this::list);
        routes.post("/api/notes", this::create);
        routes.get("/api/notes/{noteId}", ctx -> ctx.json(views.full(AccessGuard.actor(ctx), ctx.pathParam("noteId"),
                Languages.of(ctx))));
    }

    private void clients(Context ctx) {
        Actor actor = AccessGuard.actor(ctx);
        var clients = records.clients(actor.organisationId());
        audit.granted(actor, AuditAction.QUERY, "client", "client-list", actor.organisationId(),
                "clients=" + clients.size());
        ctx.json(clients);
    }

    private void list(Context ctx) {
        Actor actor = AccessGuard.actor(ctx);
        Paging paging = Paging.of(ctx, LIST_SIZE);
        Locale locale = Languages.of(ctx);
        List<ProgressNote> all = records.notesOf(actor.organisationId(), actor.userId());
        audit.granted(actor, AuditAction.QUERY, NOTE_CATEGORY, "note-list", actor.userId(),
                "notes=" + all.size() + ";page=" + paging.page());
        List<Map<String, Object>> out = new ArrayList<>();
        for (ProgressNote note : paging.slice(all)) {
            Review review = supervision.module().reviews().review(actor, note.noteId());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("noteId", note.noteId());
            row.put("clientId", note.clientId());
            row.put("clientName", records.clientName(actor.organisationId(), note.clientId()).orElse(""));
            row.put("sessionDate", note.sessionDate().toString());
            row.put("service", note.service());
            row.put("reviewState", review.version() == 0 ? null : review.state().name());
            row.put("reviewStateLabel", supervision.module().vocabulary().label(review.state(), locale));
            row.put("documented", review.documented());
            row.put("flagCount", review.flagRuleIds().size());
            out.add(row);
        }
        paging.answer(ctx, out, all.size());
    }

    private void create(Context ctx) {
        Actor actor = AccessGuard.actor(ctx);
        if (!actor.has(Role.CLINICIAN)) {
            audit.refused(actor, AuditAction.CREATE, NOTE_CATEGORY, "note", null, "note.clinicians-only");
            throw HttpProblem.of(403, "note.clinicians-only", "only clinicians write progress notes");
        }
        NewNote body = json.read(ctx, NewNote.class);
        List<FieldProblem> problems = new ArrayList<>();
        if (body.clientId() == null || records.clientName(actor.organisationId(), body.clientId()).isEmpty()) {
            problems.add(new FieldProblem("/clientId", "unknown-client", "choose a client of your practice"));
        }
        LocalDate date = DateInput.day(body.sessionDate(), "/sessionDate", problems);
        if (date == null && (body.sessionDate() == null || body.sessionDate().isEmpty())) {
            problems.add(new FieldProblem("/sessionDate", "required", "give the session date as YYYY-MM-DD"));
        }
        checkText(problems, "/service", body.service(), MAX_SERVICE);
        checkText(problems, "/text", body.text(), MAX_TEXT);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ProgressNote note = records.create(actor.organisationId(), actor.userId(), body.clientId(), date,
                body.service().strip(), body.text());
        audit.granted(actor, AuditAction.CREATE, NOTE_CATEGORY, "note", note.noteId(), "client=" + note.clientId());
        ctx.status(201).json(Map.of("noteId", note.noteId()));
    }

    private static void checkText(List<FieldProblem> problems, String path, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(path, "required", "this field is required"));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(path, "too-long", "at most " + max + " characters"));
        } else {
            FreeText.problem(path, value).ifPresent(problems::add);
        }
    }


    static NotFoundException noteNotFound() {
        return new NotFoundException("note.not-found", "no such note in your practice");
    }

    /**
     * The host's note of the actor's practice; when there is none, the refused access is
     * audited and answered 404.
     *
     * @param records the host's notes
     * @param audit where the refusal is recorded
     * @param actor who asked
     * @param noteId the note asked for
     * @param attempted what they attempted
     * @param dataCategory the data the attempt was for
     * @return the note
     */
    static ProgressNote noteOf(ClinicRecords records, HostAudit audit, Actor actor, String noteId,
            AuditAction attempted, String dataCategory) {
        return records.note(actor.organisationId(), noteId).orElseThrow(() -> {
            NotFoundException refused = noteNotFound();
            audit.refused(actor, attempted, dataCategory, "note", noteId, refused.code());
            return refused;
        });
    }
}
