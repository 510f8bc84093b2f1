package org.casenotes.supervision.core.policy;

import java.sql.SQLException;
import org.casenotes.supervision.api.policy.BillingPolicy;
import org.casenotes.supervision.api.policy.ReviewPolicy;
import org.casenotes.supervision.core.storage.Tx;

/** The current review policy of an organisation, as the review workflow reads it. */
public interface ReviewPolicies {

    /**
     * The organisation's current policy, or the defaults when it has none.
     *
     * @param tx the caller's transaction
     * @param organisationId the organisation
     * @return the policy in force
     * @throws SQLException on a database fault
     */
    ReviewPolicy current(Tx tx, String organisationId) throws SQLException;

    /**
     * The organisation's rule on co-signs before billing.
     *
     * @param tx the caller's transaction
     * @param organisationId the organisation
     * @return the billing policy in force
     * @throws SQLException on a database fault
     */
    default BillingPolicy billing(Tx tx, String organisationId) throws SQLException {
        return BillingPolicy.DEFAULT;
    }

    /**
     * Which notes need a co-sign: all of them unless the policy samples.
     *
     * @param tx the caller's transaction
     * @param organisationId the organisation
     * @return the sampling policy in force
     * @throws SQLException on a database fault
     */
    default org.casenotes.supervision.api.policy.SamplingPolicy sampling(Tx tx, String organisationId)
            throws SQLException {
        return org.casenotes.supervision.api.policy.SamplingPolicy.DEFAULT;
    }
}
