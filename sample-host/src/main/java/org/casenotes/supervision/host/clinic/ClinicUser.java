package org.casenotes.supervision.host.clinic;

import java.util.Set;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.Role;

/**
 * A signed-in member of staff as the host knows them.
 *
 * @param organisationId their practice
 * @param userId their id
 * @param displayName their name
 * @param credentials licence or training status
 * @param roles their roles
 */
public record ClinicUser(String organisationId, String userId, String displayName, String credentials, Set<Role> roles) {

    /** Copies the roles. */
    public ClinicUser {
        roles = Set.copyOf(roles);
    }

    /**
     * The user as the plugin's acting user.
     *
     * @return the actor
     */
    public Actor actor() {
        return new Actor(userId, organisationId, roles);
    }
}
