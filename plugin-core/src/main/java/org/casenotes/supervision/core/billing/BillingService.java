package org.casenotes.supervision.core.billing;

import java.time.LocalDate;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.billing.Billing;
import org.casenotes.supervision.api.billing.BillingReadiness;
import org.casenotes.supervision.api.policy.BillingPolicy;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.Reviews;
import org.casenotes.supervision.core.policy.ReviewPolicies;
import org.casenotes.supervision.core.sampling.CoSignNeed;
import org.casenotes.supervision.core.storage.Transactions;

/** Billing readiness after the review service has checked (and audited) the read. Thread-safe. */
public final class BillingService implements Billing {

    private final HostContext host;
    private final Transactions transactions;
    private final ReviewPolicies policies;
    private final Reviews reviews;

    /**
     * Creates the service.
     *
     * @param host the host
     * @param transactions the transaction runner
     * @param policies the organisation's policies
     * @param reviews the review service, whose read right applies
     */
    public BillingService(HostContext host, Transactions transactions, ReviewPolicies policies, Reviews reviews) {
        this.host = host;
        this.transactions = transactions;
        this.policies = policies;
        this.reviews = reviews;
    }

    @Override
    public BillingReadiness readiness(Actor actor, String noteId) {
        Review review = reviews.review(actor, noteId);
        String org = actor.organisationId();
        record Stored(BillingPolicy policy, boolean coSignSelected) {
        }
        Stored stored = transactions.inTransaction("read the billing policy and co-sign selection",
                tx -> new Stored(policies.billing(tx, org), CoSignNeed.required(tx, org, noteId)));
        return BillingRules.decide(host, stored.policy(), org, noteId, review.clinicianId(),
                review.coSign() == null ? null : review.coSign().signerId(), stored.coSignSelected(),
                LocalDate.ofInstant(host.clock().instant(), host.clock().getZone()));
    }
}
