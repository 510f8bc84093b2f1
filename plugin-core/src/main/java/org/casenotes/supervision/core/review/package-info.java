/**
 * The review workflow over the plugin's {@code sr_review*} tables: rights from the host's
 * directory ({@code Access}), note transitions ({@code Transitions}, {@code Submission}),
 * batch co-sign, addenda, reads and queues, and the overdue check. {@link
 * org.casenotes.supervision.core.review.ReviewService} is the only public type; the module
 * wires it with the audit trail, the section snapshots and the review policies.
 */
package org.casenotes.supervision.core.review;
