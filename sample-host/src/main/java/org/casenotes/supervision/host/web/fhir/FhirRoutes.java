package org.casenotes.supervision.host.web.fhir;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.error.FieldProblem;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.fhir.FhirBundleType;
import org.casenotes.supervision.api.packet.IdentityMode;
import org.casenotes.supervision.api.packet.PacketRequest;
import org.casenotes.supervision.host.web.Supervision;
import org.casenotes.supervision.host.web.auth.AccessGuard;

/**
 * HL7 FHIR R4 exports as {@code application/fhir+json}: a note's review, a supervisee's
 * period and the disclosure form as a Questionnaire. The plugin checks the rights (the same as
 * the underlying reads) and audits each export; packets with their DocumentReference come from
 * the {@code export-fhir} command, which writes the PDF beside the Bundle.
 */
public final class FhirRoutes {

    static final String FHIR_JSON = "application/fhir+json";

    private final Supervision supervision;

    /**
     * Creates the routes.
     *
     * @param supervision the plugin's module
     */
    public FhirRoutes(Supervision supervision) {
        this.supervision = supervision;
    }

    /**
     * Registers the routes.
     *
     * @param routes the router
     */
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/api/fhir/notes/{noteId}", this::review);
        routes.get("/api/fhir/period", this::period);
        routes.get("/api/fhir/questionnaire", this::questionnaire);
    }

    private void review(Context ctx) {
        Actor actor = AccessGuard.actor(ctx);
        List<FieldProblem> problems = new ArrayList<>();
        IdentityMode identity = identity(ctx, problems);
        FhirBundleType type = type(ctx, problems);
        fail(problems);
        send(ctx, supervision.module().fhir().review(actor, ctx.pathParam("noteId"), identity, type));
    }

    private void period(Context ctx) {
        Actor actor = AccessGuard.actor(ctx);
        List<FieldProblem> problems = new ArrayList<>();
        IdentityMode identity = identity(ctx, problems);
        FhirBundleType type = type(ctx, problems);
        LocalDate from = date(ctx.queryParam("from"), "/from", problems);
        LocalDate to = date(ctx.queryParam("to"), "/to", problems);
        fail(problems);
        PacketRequest request = new PacketRequest(ctx.queryParams("supervisee"), from, to, null, null);
        send(ctx, supervision.module().fhir().period(actor, request, identity, type));
    }

    private void questionnaire(Context ctx) {
        AccessGuard.actor(ctx);
        String language = ctx.queryParam("locale") == null ? "en" : ctx.queryParam("locale").strip();
        if (!List.of("en", "es").contains(language)) {
            throw ValidationException.of("/locale", "not-allowed", "locale must be en or es");
        }
        send(ctx, supervision.module().fhir().questionnaire(Locale.forLanguageTag(language)));
    }

    private static void send(Context ctx, String json) {
        ctx.header("Cache-Control", "no-store").contentType(FHIR_JSON).result(json);
    }

    private static void fail(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    private static IdentityMode identity(Context ctx, List<FieldProblem> problems) {
        String value = ctx.queryParam("identity");
        if (value == null) {
            return IdentityMode.CODED;
        }
        try {
            return IdentityMode.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("/identity", "not-allowed", "identity must be one of coded, initials, full"));
            return IdentityMode.CODED;
        }
    }

    private static FhirBundleType type(Context ctx, List<FieldProblem> problems) {
        String value = ctx.queryParam("type");
        if (value == null) {
            return FhirBundleType.COLLECTION;
        }
        try {
            return FhirBundleType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("/type", "not-allowed", "type must be collection or transaction"));
            return FhirBundleType.COLLECTION;
        }
    }

    private static LocalDate date(String value, String path, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(path, "invalid-date", "give the date as YYYY-MM-DD"));
            return null;
        }
    }
}
