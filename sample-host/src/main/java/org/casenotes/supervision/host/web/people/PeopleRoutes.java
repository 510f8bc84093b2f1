package org.casenotes.supervision.host.web.people;

import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRoutingApi;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.meeting.Attendee;
import org.casenotes.supervision.api.meeting.Meeting;
import org.casenotes.supervision.api.meeting.MeetingView;
import org.casenotes.supervision.host.clinic.ClinicPeople;
import org.casenotes.supervision.host.clinic.ClinicPeople.Someone;
import org.casenotes.supervision.host.clinic.ClinicRecords;
import org.casenotes.supervision.host.web.HostAudit;
import org.casenotes.supervision.host.web.HttpProblem;
import org.casenotes.supervision.host.web.Supervision;
import org.casenotes.supervision.host.web.auth.AccessGuard;

/**
 * The people a user may choose, by display name: a supervisor's current supervisees (to plan a
 * meeting, to filter the queue, to read hours) and the possible owners of a meeting's action
 * items (its supervisees and its supervisor).
 */
public final class PeopleRoutes {

    private final ClinicRecords records;
    private final Supervision supervision;
    private final ZoneId zone;
    private final HostAudit audit;

    /**
     * Creates the routes.
     *
     * @param records the host's records and people
     * @param supervision the plugin's module
     * @param zone the practice's time zone, for today's assignments
     */
    public PeopleRoutes(ClinicRecords records, Supervision supervision, ZoneId zone) {
        this.records = records;
        this.supervision = supervision;
        this.zone = zone;
        this.audit = new HostAudit(supervision);
    }

    /**
     * Registers the routes.
     *
     * @param routes the router
     */
    public void addTo(JavalinDefaultRoutingApi routes) {
        routes.get("/api/people/supervisees", this::supervisees);
        routes.get("/api/meetings/{meetingId}/owners", this::owners);
    }

    private void supervisees(Context ctx) {
        Actor actor = AccessGuard.actor(ctx);
        ClinicPeople people = records.people();
        List<Someone> found;
        if (actor.has(Role.SUPERVISOR)) {
            found = people.superviseesOf(actor.organisationId(), actor.userId(), LocalDate.now(zone));
        } else if (actor.has(Role.ADMIN)) {
            found = people.everyone(actor.organisationId()).stream()
                    .filter(p -> p.roles().contains(Role.CLINICIAN.name())).toList();
        } else {
            audit.refused(actor, AuditAction.QUERY, "staff", "supervisee-list", actor.userId(), "people.supervisors-only");
            throw HttpProblem.of(403, "people.supervisors-only", "only supervisors and admins choose supervisees");
        }
        ctx.json(Map.of("items", found.stream().map(PeopleRoutes::person).toList(), "total", found.size()));
    }

    private void owners(Context ctx) {
        Actor actor = AccessGuard.actor(ctx);
        if (!actor.has(Role.SUPERVISOR)) {
            // Refused before the meeting is read, so the refusal is the request's one event.
            audit.refused(actor, AuditAction.READ, "meeting", "meeting", ctx.pathParam("meetingId"),
                    "meeting.supervisor-only");
            throw HttpProblem.of(403, "meeting.supervisor-only", "only the meeting's supervisor assigns action items");
        }
        MeetingView view = supervision.module().meetings().view(actor, ctx.pathParam("meetingId"));
        if (!(view instanceof Meeting meeting)) {
            audit.refused(actor, AuditAction.READ, "meeting", "meeting", ctx.pathParam("meetingId"),
                    "meeting.supervisor-only");
            throw HttpProblem.of(403, "meeting.supervisor-only", "only the meeting's supervisor assigns action items");
        }
        Set<String> ids = new LinkedHashSet<>();
        meeting.attendees().stream().map(Attendee::superviseeId).forEach(ids::add);
        ids.add(meeting.supervisorId());
        List<Map<String, Object>> items = new ArrayList<>();
        for (String id : ids) {
            items.add(Map.of("userId", id, "displayName", records.displayName(actor.organisationId(), id)));
        }
        ctx.json(Map.of("items", items, "total", items.size()));
    }

    private static Map<String, Object> person(Someone someone) {
        return Map.of("userId", someone.userId(), "displayName", someone.displayName());
    }
}
