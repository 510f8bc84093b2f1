package org.casenotes.supervision.host.web.staff;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.host.clinic.StaffDirectory;
import org.casenotes.supervision.host.web.auth.AccessGuard;

/**
 * {@code GET /api/people}: the caller's practice staff by display name, so no screen shows a
 * bare user id, with {@code supervisee} true for those the caller may pick as a supervisee
 * today (their own supervisees; a clinician only themselves).
 */
public final class StaffRoutes {

    private final StaffDirectory people;
    private final Clock clock;

    /**
     * Creates the route.
     *
     * @param people the host's staff
     * @param clock the practice's clock, for which assignments hold today
     */
    public StaffRoutes(StaffDirectory people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    /**
     * Registers the route.
     *
     * @param routes the router
     */
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/api/people", this::list);
    }

    private void list(Context ctx) {
        Actor actor = AccessGuard.actor(ctx);
        Set<String> supervisees = actor.has(Role.SUPERVISOR)
                ? people.superviseesOf(actor.organisationId(), actor.userId(), LocalDate.now(clock))
                : Set.of();
        List<Map<String, Object>> items = new ArrayList<>();
        for (StaffDirectory.Colleague c : people.staff(actor.organisationId())) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("userId", c.userId());
            row.put("displayName", c.displayName());
            row.put("credentials", c.credentials());
            row.put("roles", c.roles().stream().map(Enum::name).sorted().toList());
            row.put("supervisee", supervisees.contains(c.userId()));
            items.add(row);
        }
        ctx.json(Map.of("items", items));
    }
}
