package org.casenotes.supervision.api;

import java.util.Optional;

/**
 * Where an organisation's review policy starts from before its admin changes it in the plugin.
 *
 * <p>A vendor that sets policy centrally returns a JSON policy document here; otherwise the
 * plugin's built-in defaults apply.
 */
@FunctionalInterface
public interface PolicySource {

    /** Uses the plugin's built-in defaults for every organisation. */
    PolicySource BUILT_IN = organisationId -> Optional.empty();

    /**
     * The initial policy document of an organisation.
     *
     * @param organisationId the organisation
     * @return a policy JSON document, or empty for the built-in defaults
     */
    Optional<String> initialPolicy(String organisationId);
}
