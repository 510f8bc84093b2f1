package org.casenotes.supervision.api.policy;

import java.util.Locale;
import org.casenotes.supervision.api.Actor;

/**
 * The organisation's policy as a versioned JSON document. A change applies to evaluations made
 * after it; each stored evaluation records the version it used. Implementations are
 * thread-safe.
 */
public interface Policies {

    /**
     * The policy now in force in the actor's organisation.
     *
     * @param actor any user of the organisation
     * @return the current policy
     * @throws org.casenotes.supervision.api.error.PolicyException when the host's initial
     *     policy document is unusable
     */
    OrganisationPolicy current(Actor actor);

    /**
     * The policy now in force, as its complete JSON document (defaults filled in).
     *
     * @param actor any user of the organisation
     * @return the document
     */
    String currentJson(Actor actor);

    /**
     * Stores a new version of the organisation's policy. Fields the document leaves out take
     * the built-in defaults.
     *
     * @param admin an {@link org.casenotes.supervision.api.Role#ADMIN} of the organisation
     * @param policyJson the policy document
     * @param expectedVersion the version the admin last read
     * @return the new version
     * @throws org.casenotes.supervision.api.error.ValidationException with every problem of
     *     the document
     * @throws org.casenotes.supervision.api.error.ForbiddenException when the actor is no admin
     * @throws org.casenotes.supervision.api.error.ConflictException when the current version
     *     is not the expected one
     */
    OrganisationPolicy update(Actor admin, String policyJson, int expectedVersion);

    /**
     * Checks a policy document without storing it.
     *
     * @param policyJson the document
     * @return the policy it describes, as version 1
     * @throws org.casenotes.supervision.api.error.ValidationException with every problem
     */
    OrganisationPolicy validate(String policyJson);

    /**
     * The built-in defaults as a complete JSON document.
     *
     * @return the document
     */
    String defaultsJson();

    /**
     * The policy document's own JSON Schema (2020-12), with titles in one language and the
     * allowed ranges, so a host can render the policy as a form and validate it before sending.
     * The server validates every update whatever the form did.
     *
     * @param locale the language of the titles; English when not available
     * @return the schema document
     */
    String schema(Locale locale);
}
