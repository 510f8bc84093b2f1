package org.casenotes.supervision.host.web.billing;

import io.javalin.router.JavalinDefaultRoutingApi;
import org.casenotes.supervision.host.web.Supervision;
import org.casenotes.supervision.host.web.auth.AccessGuard;

/** Billing readiness of a note: may it be billed, under which supervising practitioner, with what presence. */
public final class BillingRoutes {

    private final Supervision supervision;

    /**
     * Creates the routes.
     *
     * @param supervision the plugin's module
     */
    public BillingRoutes(Supervision supervision) {
        this.supervision = supervision;
    }

    /**
     * Registers the routes.
     *
     * @param routes the router
     */
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/api/notes/{noteId}/billing", ctx -> ctx.json(supervision.module().billing()
                .readiness(AccessGuard.actor(ctx), ctx.pathParam("noteId"))));
    }
}
