package org.casenotes.supervision.host.web.notes;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.ProgressNote;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.disclosure.SaveSection;
import org.casenotes.supervision.api.disclosure.SectionDraft;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.host.clinic.ClinicRecords;
import org.casenotes.supervision.host.web.HostAudit;
import org.casenotes.supervision.host.web.HttpProblem;
import org.casenotes.supervision.host.web.JsonBodies;
import org.casenotes.supervision.host.web.Languages;
import org.casenotes.supervision.host.web.Paging;
import org.casenotes.supervision.host.web.QueryInput;
import org.casenotes.supervision.host.web.Supervision;
import org.casenotes.supervision.host.web.auth.AccessGuard;

/**
 * The self-disclosure section of a note and its published form. The host passes the section
 * through as the plugin's wire format: it knows none of its fields.
 */
public final class DisclosureRoutes {

    /** What the note editor sends: the version it read and the section document. */
    record SaveBody(Long expectedVersion, JsonNode section) {
    }

    /** The most drafts listed; a clinician rarely has more than a handful. */
    static final int MAX_DRAFTS = 200;

    private final ClinicRecords records;
    private final Supervision supervision;
    private final JsonBodies json;
    private final HostAudit audit;

    /**
     * Creates the routes.
     *
     * @param records the host's notes
     * @param supervision the plugin's module
     * @param json the body reader
     */
    public DisclosureRoutes(ClinicRecords records, Supervision supervision, JsonBodies json) {
        this.records = records;
        this.supervision = supervision;
        this.json = json;
        this.audit = new HostAudit(supervision);
    }

    /**
     * Registers the routes.
     *
     * @param routes the router
     */
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/api/schema/self-disclosure", this::schema);
        routes.put("/api/notes/{noteId}/disclosure", this::save);
        routes.put("/api/notes/{noteId}/disclosure/draft", this::saveDraft);
        routes.get("/api/notes/{noteId}/disclosure/draft", this::draft);
        routes.get("/api/drafts", this::drafts);
    }

    private void schema(Context ctx) {
        String tag = QueryInput.choice(ctx, "locale", java.util.Set.of("en", "es"));
        Locale locale = tag == null ? Locale.ENGLISH : Locale.forLanguageTag(tag);
        ctx.contentType("application/schema+json")
                .result(supervision.module().disclosures().formSchema(AccessGuard.actor(ctx), locale));
    }

    private void saveDraft(Context ctx) {
        Actor actor = AccessGuard.actor(ctx);
        ProgressNote note = NoteRoutes.noteOf(records, audit, actor, ctx.pathParam("noteId"), AuditAction.UPDATE,
                "disclosure-draft");
        SaveBody body = json.read(ctx, SaveBody.class);
        if (body.expectedVersion() == null) {
            throw ValidationException.of("/expectedVersion", "required", "send the draft version you last read (0 for a new one)");
        }
        if (body.section() == null || !body.section().isObject()) {
            throw new HttpProblem(400, "section.required", "send the draft as a JSON object under 'section'",
                    java.util.List.of(new org.casenotes.supervision.api.error.FieldProblem("/section", "wrong-type",
                            "must be an object")));
        }
        SectionDraft draft = supervision.module().disclosures().saveDraft(actor, new SaveSection(note.noteId(),
                note.clientId(), note.clinicianId(), note.sessionDate(), body.expectedVersion(), body.section().toString()));
        ctx.json(SectionViews.draft(draft));
    }

    private void draft(Context ctx) {
        Actor actor = AccessGuard.actor(ctx);
        SectionDraft draft = supervision.module().disclosures().draft(actor, ctx.pathParam("noteId"))
                .orElseThrow(() -> new NotFoundException("draft.not-found", "this note has no saved draft"));
        ctx.json(SectionViews.draft(draft));
    }

    private void drafts(Context ctx) {
        Actor actor = AccessGuard.actor(ctx);
        Paging paging = Paging.of(ctx, MAX_DRAFTS);
        List<SectionDraft> all = supervision.module().disclosures().drafts(actor, MAX_DRAFTS);
        // The list shows client names beside the drafts: a query of clinical content.
        audit.granted(actor, AuditAction.QUERY, "disclosure-draft", "draft-list", actor.userId(), "drafts=" + all.size());
        List<Map<String, Object>> items = new ArrayList<>();
        for (SectionDraft draft : paging.slice(all)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("noteId", draft.noteId());
            row.put("clientId", draft.clientId());
            row.put("clientName", records.clientName(actor.organisationId(), draft.clientId()).orElse(""));
            row.put("sessionDate", draft.sessionDate().toString());
            row.put("version", draft.version());
            row.put("problemCount", draft.problems().size());
            row.put("savedAt", draft.savedAt());
            items.add(row);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("items", items);
        out.put("total", all.size());
        out.put("page", paging.page());
        out.put("pageSize", paging.pageSize());
        ctx.json(out);
    }

    private void save(Context ctx) {
        Actor actor = AccessGuard.actor(ctx);
        ProgressNote note = NoteRoutes.noteOf(records, audit, actor, ctx.pathParam("noteId"), AuditAction.UPDATE,
                "disclosure-section");
        SaveBody body = json.read(ctx, SaveBody.class);
        if (body.expectedVersion() == null) {
            throw ValidationException.of("/expectedVersion", "required", "send the section version you last read (0 for a new one)");
        }
        if (body.section() == null || !body.section().isObject()) {
            throw new HttpProblem(400, "section.required", "send the section as a JSON object under 'section'",
                    java.util.List.of(new org.casenotes.supervision.api.error.FieldProblem("/section", "wrong-type",
                            "must be an object")));
        }
        var saved = supervision.module().disclosures().save(actor, new SaveSection(note.noteId(), note.clientId(),
                note.clinicianId(), note.sessionDate(), body.expectedVersion(), body.section().toString()));
        ctx.json(SectionViews.view(saved, supervision.module().vocabulary(), Languages.of(ctx)));
    }
}
