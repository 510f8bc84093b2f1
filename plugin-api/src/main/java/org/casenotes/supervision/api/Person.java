package org.casenotes.supervision.api;

import java.util.Objects;
import java.util.Set;

/**
 * A member of staff as the host knows them.
 *
 * @param organisationId the organisation the person belongs to
 * @param userId the host's id of the person
 * @param displayName the name shown in packets and on screens
 * @param credentials licence or training status shown after the name, such as "LPC-A"; may be
 *     empty
 * @param roles the roles held in the organisation
 */
public record Person(String organisationId, String userId, String displayName,
        String credentials, Set<Role> roles) {

    /** Checks that nothing is null and copies the roles. */
    public Person {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(credentials, "credentials");
        roles = Set.copyOf(roles);
    }
}
