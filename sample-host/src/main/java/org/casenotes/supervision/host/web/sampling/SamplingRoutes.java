package org.casenotes.supervision.host.web.sampling;

import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.LocalDate;
import java.time.ZoneId;
import org.casenotes.supervision.api.error.NotFoundException;
import org.casenotes.supervision.host.web.DateInput;
import org.casenotes.supervision.host.web.Supervision;
import org.casenotes.supervision.host.web.auth.AccessGuard;

/**
 * Review sampling: whether a note needed a co-sign and why, and a clinician's sampling report
 * (each note's reason and the achieved rate) for one of their supervisors. Who may read is the
 * plugin's rule.
 */
public final class SamplingRoutes {

    /** The report's period when none is asked: the 30 days up to today. */
    private static final int DEFAULT_DAYS = 29;

    private final Supervision supervision;
    private final ZoneId zone;

    /**
     * Creates the routes.
     *
     * @param supervision the plugin's module
     * @param zone the practice's time zone, for today's date
     */
    public SamplingRoutes(Supervision supervision, ZoneId zone) {
        this.supervision = supervision;
        this.zone = zone;
    }

    /**
     * Registers the routes.
     *
     * @param routes the router
     */
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/api/notes/{noteId}/co-sign-selection", ctx -> ctx.json(supervision.module().reviewSampling()
                .selection(AccessGuard.actor(ctx), ctx.pathParam("noteId"))
                .orElseThrow(() -> new NotFoundException("sampling.not-submitted", "the note was never submitted"))));
        routes.get("/api/clinicians/{clinicianId}/co-sign-sampling", ctx -> {
            LocalDate to = DateInput.query(ctx, "to", LocalDate.now(zone));
            LocalDate from = DateInput.query(ctx, "from", to.minusDays(DEFAULT_DAYS));
            ctx.json(supervision.module().reviewSampling().report(AccessGuard.actor(ctx),
                    ctx.pathParam("clinicianId"), from, to));
        });
    }
}
