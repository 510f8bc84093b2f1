package org.casenotes.supervision.core.billing;

import java.time.LocalDate;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.billing.Billing;
import org.casenotes.supervision.api.billing.BillingReadiness;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.Reviews;
import org.casenotes.supervision.core.policy.ReviewPolicies;
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
        return BillingRules.decide(host, transactions.inTransaction("read the billing policy",
                tx -> policies.billing(tx, org)), org, noteId, review.clinicianId(),
                review.coSign() == null ? null : review.coSign().signerId(),
                LocalDate.ofInstant(host.clock().instant(), host.clock().getZone()));
    }
}
