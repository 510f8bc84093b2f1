package org.casenotes.supervision.core.signature;

import java.util.List;
import java.util.Optional;
import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.meeting.Meetings;
import org.casenotes.supervision.api.review.Reviews;
import org.casenotes.supervision.api.signature.Signature;
import org.casenotes.supervision.api.signature.Signatures;
import org.casenotes.supervision.core.storage.Transactions;

/**
 * Reads signatures after the review or meeting service has checked (and audited) that the actor
 * may read the note's review or the meeting. Thread-safe.
 */
public final class SignatureService implements Signatures {

    private final Transactions transactions;
    private final SignatureLedger ledger;
    private final Reviews reviews;
    private final Meetings meetings;

    /**
     * Creates the service.
     *
     * @param transactions the transaction runner
     * @param ledger the stored signatures
     * @param reviews the review service, whose read right applies to a note's signatures
     * @param meetings the meeting service, whose read right applies to a meeting's signature
     */
    public SignatureService(Transactions transactions, SignatureLedger ledger, Reviews reviews, Meetings meetings) {
        this.transactions = transactions;
        this.ledger = ledger;
        this.reviews = reviews;
        this.meetings = meetings;
    }

    @Override
    public List<Signature> ofNote(Actor actor, String noteId) {
        reviews.review(actor, noteId);
        return transactions.inTransaction("read a note's signatures",
                tx -> ledger.ofNote(tx, actor.organisationId(), noteId));
    }

    @Override
    public Optional<Signature> ofMeeting(Actor actor, String meetingId) {
        meetings.view(actor, meetingId);
        return transactions.inTransaction("read a meeting's signature",
                tx -> ledger.ofMeeting(tx, actor.organisationId(), meetingId));
    }
}
