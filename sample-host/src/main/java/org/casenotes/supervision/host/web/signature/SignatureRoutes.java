package org.casenotes.supervision.host.web.signature;

import io.javalin.router.JavalinDefaultRoutingApi;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.host.web.Supervision;
import org.casenotes.supervision.host.web.auth.AccessGuard;

/**
 * The electronic signatures of notes and meetings: signer, credentials, licence, the
 * "Electronically signed by" line, the attestation and, for a late co-sign, its late-signature
 * attestation. Who may read them is the plugin's rule.
 */
public final class SignatureRoutes {

    private final Supervision supervision;

    /**
     * Creates the routes.
     *
     * @param supervision the plugin's module
     */
    public SignatureRoutes(Supervision supervision) {
        this.supervision = supervision;
    }

    /**
     * Registers the routes.
     *
     * @param routes the router
     */
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/api/notes/{noteId}/signatures", ctx -> ctx.json(supervision.module().signatures()
                .ofNote(AccessGuard.actor(ctx), ctx.pathParam("noteId"))));
        routes.get("/api/meetings/{meetingId}/signature", ctx -> ctx.json(supervision.module().signatures()
                .ofMeeting(AccessGuard.actor(ctx), ctx.pathParam("meetingId"))
                .orElseThrow(() -> new NotFoundException("signature.not-found", "the meeting is not signed"))));
    }
}
