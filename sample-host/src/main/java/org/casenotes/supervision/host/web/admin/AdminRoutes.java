package org.casenotes.supervision.host.web.admin;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.audit.AuditVerification;
import org.casenotes.supervision.api.audit.ChainVerification;
import org.casenotes.supervision.api.error.ValidationException;
import org.casenotes.supervision.api.policy.OrganisationPolicy;
import org.casenotes.supervision.host.web.JsonBodies;
import org.casenotes.supervision.host.web.Languages;
import org.casenotes.supervision.host.web.Supervision;
import org.casenotes.supervision.host.web.auth.AccessGuard;

/** The admin's page: the organisation's review policy and the audit trail's status. */
public final class AdminRoutes {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A new policy document and the version it replaces. */
    record PolicyBody(Integer expectedVersion, JsonNode document) {
    }

    private final Supervision supervision;
    private final JsonBodies json;

    /**
     * Creates the routes.
     *
     * @param supervision the plugin's module
     * @param json the body reader
     */
    public AdminRoutes(Supervision supervision, JsonBodies json) {
        this.supervision = supervision;
        this.json = json;
    }

    /**
     * Registers the routes.
     *
     * @param routes the router
     */
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/api/policy", ctx -> ctx.json(policy(AccessGuard.actor(ctx), supervision.module().policies().current(AccessGuard.actor(ctx)))));
        routes.put("/api/policy", this::update);
        routes.get("/api/policy/schema", ctx -> ctx.contentType("application/schema+json; charset=utf-8")
                .result(supervision.module().policies().schema(Languages.of(ctx))));
        routes.get("/api/audit/verify", ctx -> {
            Actor admin = AccessGuard.actor(ctx);
            AuditVerification result = supervision.module().audit().verify(admin);
            // A practice's admin sees the whole trail's verdict and their own practice's chain,
            // never another practice's id.
            ChainVerification own = result.chainOf(admin.organisationId());
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("intact", result.intact());
            out.put("eventCount", own.eventCount());
            out.put("firstBadSequence", own.firstBadSequence());
            out.put("problem", own.intact() ? result.problem().name() : own.problem().name());
            out.put("message", own.intact() && !result.intact()
                    ? "this practice's audit chain is intact; the trail is broken elsewhere: ask the operator to run verify-audit"
                    : own.message());
            ctx.json(out);
        });
    }

    private void update(Context ctx) {
        PolicyBody body = json.read(ctx, PolicyBody.class);
        if (body.expectedVersion() == null || body.document() == null) {
            throw ValidationException.of("", "required", "send expectedVersion and document");
        }
        Actor actor = AccessGuard.actor(ctx);
        ctx.json(policy(actor, supervision.module().policies().update(actor, body.document().toString(), body.expectedVersion())));
    }

    private Map<String, Object> policy(Actor actor, OrganisationPolicy policy) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("version", policy.version());
        try {
            out.put("document", JSON.readTree(supervision.module().policies().currentJson(actor)));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

}
