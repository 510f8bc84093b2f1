package org.casenotes.supervision.api.billing;

import java.util.Optional;

/**
 * What the host knows about a note's billing: the payer group of the service and how the
 * supervisor was present. Defaults know neither. Implementations must be thread-safe and never
 * answer for another organisation.
 */
public interface BillingRecords {

    /** A host that records neither payer groups nor presence. */
    BillingRecords NONE = new BillingRecords() {
    };

    /**
     * The payer group of the service the note documents, such as {@code medicare}; the policy
     * says per group whether a co-sign is required.
     *
     * @param organisationId the organisation
     * @param noteId the note
     * @return the group, or empty for the policy's default rule
     */
    default Optional<String> payerGroupOf(String organisationId, String noteId) {
        return Optional.empty();
    }

    /**
     * How the supervising practitioner was present for the service.
     *
     * @param organisationId the organisation
     * @param noteId the note
     * @return the presence, or empty when not recorded
     */
    default Optional<SupervisorPresence> supervisorPresence(String organisationId, String noteId) {
        return Optional.empty();
    }
}
