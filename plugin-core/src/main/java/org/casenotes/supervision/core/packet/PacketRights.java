package org.casenotes.supervision.core.packet;

import java.time.LocalDate;
import java.util.List;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;
import org.casenotes.supervision.api.SupervisionAssignment;
import org.casenotes.supervision.api.SupervisionDirectory;
import org.casenotes.supervision.api.error.ForbiddenException;
import org.casenotes.supervision.api.error.NotFoundException;

/**
 * Who may export a packet: a supervisor with a PRIMARY or BACKUP assignment, holding today,
 * for every supervisee, all in the actor's organisation. A supervisee unknown in the actor's
 * organisation is not found, so ids of other practices are never revealed.
 */
public final class PacketRights {

    private final SupervisionDirectory directory;

    /**
     * Creates the check.
     *
     * @param directory the host's people and assignments
     */
    public PacketRights(SupervisionDirectory directory) {
        this.directory = directory;
    }

    /**
     * Checks that the actor may export about every supervisee (packets and FHIR exports).
     *
     * @param actor who exports
     * @param supervisees the supervisees
     * @param today the day in the practice's time zone
     * @throws NotFoundException when a supervisee is unknown in the actor's organisation
     * @throws ForbiddenException when the actor is not a supervisor assigned to every supervisee today
     */
    public void requireSupervises(Actor actor, List<String> supervisees, LocalDate today) {
        for (String supervisee : supervisees) {
            if (directory.person(actor.organisationId(), supervisee).isEmpty()) {
                throw new NotFoundException("packet.supervisee-not-found",
                        "no such supervisee in the organisation: " + supervisee);
            }
        }
        if (!actor.has(Role.SUPERVISOR)) {
            throw new ForbiddenException("packet.not-a-supervisor", "only a supervisor may export a packet");
        }
        List<SupervisionAssignment> assignments = directory.assignmentsBy(actor.organisationId(), actor.userId());
        for (String supervisee : supervisees) {
            boolean supervises = assignments.stream().anyMatch(a -> a.organisationId().equals(actor.organisationId())
                    && a.supervisorId().equals(actor.userId()) && a.clinicianId().equals(supervisee)
                    && a.holdsOn(today));
            if (!supervises) {
                throw new ForbiddenException("packet.not-their-supervisor",
                        "you are not currently assigned to supervise " + supervisee);
            }
        }
    }
}
