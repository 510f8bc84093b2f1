package org.casenotes.supervision.api;

import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.signature.ProfessionalLicence;

/**
 * The host's view of its people and supervision assignments, always within one organisation.
 *
 * <p>Implementations must be thread-safe and must never return people of another
 * organisation than the one asked for.
 */
public interface SupervisionDirectory {

    /**
     * Looks up a person of an organisation.
     *
     * @param organisationId the organisation
     * @param userId the person's id in the host
     * @return the person, or empty when unknown in that organisation
     */
    Optional<Person> person(String organisationId, String userId);

    /**
     * The supervision assignments of a clinician: their supervisors and delegated backups,
     * each with the dates it is valid for.
     *
     * @param organisationId the organisation
     * @param clinicianId the supervisee
     * @return the assignments, possibly empty
     */
    List<SupervisionAssignment> assignmentsOf(String organisationId, String clinicianId);

    /**
     * The assignments in which a person supervises someone, as primary or backup.
     *
     * @param organisationId the organisation
     * @param supervisorId the supervisor
     * @return the assignments, possibly empty
     */
    List<SupervisionAssignment> assignmentsBy(String organisationId, String supervisorId);

    /**
     * A person's professional licence, shown with their electronic signatures. The default
     * knows none.
     *
     * @param organisationId the organisation
     * @param userId the person
     * @return the licence, or empty when the host has none on record
     */
    default Optional<ProfessionalLicence> licence(String organisationId, String userId) {
        return Optional.empty();
    }

    /**
     * Whether a person is licensed to practise without supervision, so that a policy that asks
     * co-sign of supervisees only, or of a sample of licensed clinicians' notes, may spare some of
     * their notes. The default says no one is: every note then needs a co-sign.
     *
     * @param organisationId the organisation
     * @param userId the person
     * @return {@code true} for an independently licensed clinician
     */
    default boolean independentlyLicensed(String organisationId, String userId) {
        return false;
    }
}
