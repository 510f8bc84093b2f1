package org.casenotes.supervision.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A client's identifying data. The plugin never stores it and never logs it; it reaches a
 * packet only in the INITIALS or FULL identity mode.
 *
 * @param organisationId the organisation
 * @param clientId the host's client id
 * @param givenName the client's given name
 * @param familyName the client's family name
 * @param dateOfBirth the date of birth, or {@code null} when unknown
 */
public record ClientIdentity(String organisationId, String clientId, String givenName,
        String familyName, LocalDate dateOfBirth) {

    /** Checks that ids and names are present. */
    public ClientIdentity {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(givenName, "givenName");
        Objects.requireNonNull(familyName, "familyName");
    }

    /**
     * The client's initials, given name first, such as "M. G." for "María García".
     *
     * @return the initials
     */
    public String initials() {
        return initial(givenName) + " " + initial(familyName);
    }

    private static String initial(String name) {
        String trimmed = name.strip();
        return trimmed.isEmpty() ? "" : trimmed.substring(0, trimmed.offsetByCodePoints(0, 1)) + ".";
    }
}
