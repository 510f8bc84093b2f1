package org.casenotes.supervision.core.review;

import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.review.Review;
import org.casenotes.supervision.api.review.ReviewState;

/** Brings a fresh note into a given state the way users would, through the service. */
final class ReviewFlows {

    private ReviewFlows() {
    }

    /**
     * Writes a note by the author and moves it to the state; the author's primary supervisor
     * ({@code sup}) does the supervisor's part.
     */
    static Review noteIn(TestClinic clinic, Actor author, ReviewState state) {
        String note = clinic.note(author);
        ReviewService reviews = clinic.reviews;
        Actor sup = TestClinic.SUP;
        return switch (state) {
            case DRAFT -> reviews.requireEditable(author, note);
            case SUBMITTED -> reviews.submit(author, note, 0);
            case IN_REVIEW -> reviews.startReview(sup, note, reviews.submit(author, note, 0).version());
            case CHANGES_REQUESTED -> reviews.requestChanges(sup, note,
                    reviews.startReview(sup, note, reviews.submit(author, note, 0).version()).version(),
                    "Add the rationale for the disclosure.");
            case CO_SIGNED -> reviews.coSign(sup, note, reviews.submit(author, note, 0).version());
            case WITHDRAWN -> reviews.withdraw(author, note, reviews.submit(author, note, 0).version());
        };
    }
}
