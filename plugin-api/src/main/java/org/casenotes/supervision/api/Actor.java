package org.casenotes.supervision.api;

import java.util.Objects;
import java.util.Set;

/**
 * The user on whose behalf an operation runs, as vouched for by the host.
 *
 * <p>The organisation is the tenancy boundary: an operation never touches data of another
 * organisation, whatever ids it is given.
 *
 * @param userId the host's id of the user; not blank
 * @param organisationId the practice the user acts for; not blank
 * @param roles the roles the user holds in that organisation; may be empty, never null
 */
public record Actor(String userId, String organisationId, Set<Role> roles) {

    /**
     * Validates and copies the roles.
     *
     * @throws IllegalArgumentException when an id is blank
     * @throws NullPointerException when any argument is null
     */
    public Actor {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(roles, "roles");
        if (userId.isBlank()) {
            throw new IllegalArgumentException("userId must not be blank");
        }
        if (organisationId.isBlank()) {
            throw new IllegalArgumentException("organisationId must not be blank");
        }
        roles = Set.copyOf(roles);
    }

    /**
     * Creates an actor with the given roles.
     *
     * @param userId the host's id of the user
     * @param organisationId the practice the user acts for
     * @param roles the roles held
     * @return the actor
     */
    public static Actor of(String userId, String organisationId, Role... roles) {
        return new Actor(userId, organisationId, Set.of(roles));
    }

    /**
     * Tells whether the actor holds a role.
     *
     * @param role the role to look for
     * @return {@code true} when held
     */
    public boolean has(Role role) {
        return roles.contains(role);
    }
}
