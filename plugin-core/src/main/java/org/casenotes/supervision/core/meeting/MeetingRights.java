package org.casenotes.supervision.core.meeting;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Person;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.SupervisionDirectory;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.NotFoundException;

/** Who may do what with meetings and hours, answered from the host's directory. */
final class MeetingRights {

    private final SupervisionDirectory directory;

    MeetingRights(SupervisionDirectory directory) {
        this.directory = directory;
    }

    /** Only the meeting's own supervisor changes it, whatever other roles anyone holds. */
    void requireLeads(Actor actor, MeetingRow meeting) {
        if (!actor.userId().equals(meeting.supervisorId())) {
            throw new ForbiddenException("meeting.not-its-supervisor",
                    "only the meeting's supervisor may change it or read its case notes");
        }
    }

    void requireSupervisorRole(Actor actor) {
        if (!actor.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("meeting.not-a-supervisor", "only a supervisor may plan a meeting");
        }
    }

    /** A supervisor plans meetings only with clinicians they supervise on the meeting's day. */
    void requireSupervises(Actor actor, List<String> superviseeIds, LocalDate day) {
        requireSupervisorRole(actor);
        List<SupervisionAssignment> assignments = directory.assignmentsBy(actor.organisationId(), actor.userId());
        for (String supervisee : superviseeIds) {
            boolean supervises = assignments.stream().anyMatch(a -> a.organisationId().equals(actor.organisationId())
                    && a.clinicianId().equals(supervisee) && a.holdsOn(day));
            if (!supervises) {
                throw new ForbiddenException("meeting.not-their-supervisor",
                        "you are not assigned to supervise every supervisee on the meeting's day");
            }
        }
    }

    /**
     * The supervisee themself, admins, and anyone who is or was their primary supervisor read
     * hours. A backup supervisor reads them only once the backup has begun, and only for a
     * period inside the backup's dates: standing in for a colleague gives no view of the
     * supervisee's hours before or after.
     */
    void requireMayReadHours(Actor actor, String superviseeId, LocalDate from, LocalDate to, LocalDate today) {
        if (directory.person(actor.organisationId(), superviseeId).isEmpty()) {
            throw new NotFoundException("supervisee.not-found", "no such supervisee in the organisation");
        }
        if (actor.userId().equals(superviseeId) || actor.has(Role.ADMIN)) {
            return;
        }
        boolean supervises = actor.has(Role.SUPERVISOR) && directory.assignmentsOf(actor.organisationId(), superviseeId)
                .stream().anyMatch(a -> a.supervisorId().equals(actor.userId()) && coversHours(a, from, to, today));
        if (!supervises) {
            throw new ForbiddenException("hours.not-allowed",
                    "only the supervisee, their supervisors and admins may read their hours");
        }
    }

    private static boolean coversHours(SupervisionAssignment assignment, LocalDate from, LocalDate to, LocalDate today) {
        if (assignment.kind() == SupervisionAssignment.Kind.PRIMARY) {
            return true;
        }
        boolean begun = !today.isBefore(assignment.validFrom());
        boolean inside = !from.isBefore(assignment.validFrom())
                && (assignment.validTo() == null || !to.isAfter(assignment.validTo()));
        return begun && inside;
    }

    Optional<Person> person(Actor actor, String userId) {
        return directory.person(actor.organisationId(), userId);
    }
}
