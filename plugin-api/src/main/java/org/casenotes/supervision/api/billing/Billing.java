package org.casenotes.supervision.api.billing;

import org.casenotes.supervision.api.Actor;

/**
 * Billing readiness of notes. Whoever may read the note's review may ask; others get
 * {@link org.casenotes.supervision.api.error.ForbiddenException}. Thread-safe.
 */
public interface Billing {

    /**
     * Tells whether a note may be billed now and under which supervising practitioner.
     *
     * @param actor the reader
     * @param noteId the note
     * @return the readiness
     */
    BillingReadiness readiness(Actor actor, String noteId);
}
