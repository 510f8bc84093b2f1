package org.casenotes.supervision.core.review;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import org.casenotes.supervision.api.HostContext;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.SupervisionEvent;
import org.casenotes.supervision.core.audit.AuditEntry;
import org.casenotes.supervision.core.audit.AuditTrail;
import org.casenotes.supervision.core.disclosure.SectionSnapshots;
import org.casenotes.supervision.core.event.EventOutbox;
import org.casenotes.supervision.core.policy.ReviewPolicies;
import org.casenotes.supervision.core.sampling.CoSignSampler;
import org.casenotes.supervision.core.sampling.SampleDraw;
import org.casenotes.supervision.core.signature.SignatureLedger;
import org.casenotes.supervision.core.storage.Transactions;
import org.casenotes.supervision.core.storage.Tx;

/** What every part of the review workflow works with: host, transactions and the contracts. */
record ReviewContext(HostContext host, Transactions transactions, AuditTrail audit, SectionSnapshots sections,
        ReviewPolicies policies, EventOutbox outbox, CoSignSampler sampler) {

    static final String CATEGORY = "review";

    /** The context with the sampler that decides whether a note needs a co-sign, keyed once. */
    ReviewContext(HostContext host, Transactions transactions, AuditTrail audit, SectionSnapshots sections,
            ReviewPolicies policies, EventOutbox outbox) {
        this(host, transactions, audit, sections, policies, outbox,
                new CoSignSampler(host.directory(), new SampleDraw(host.auditSecrets().hmacKey())));
    }

    /** Where co-signatures are recorded with the signer's credentials; stateless, so made on demand. */
    SignatureLedger signatures() {
        return new SignatureLedger(host.directory(), host.clock().getZone());
    }

    Instant now() {
        return host.clock().instant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(now(), host.clock().getZone());
    }

    /**
     * Stores an event in the action's transaction (the outbox): review events and billing
     * readiness go to the host once the transaction has committed, never before, in order per
     * note, and are not lost if the host's listener fails.
     */
    void publish(Tx tx, SupervisionEvent event) throws SQLException {
        outbox.record(tx, event);
    }

    /** Appends an audit event about a note's review in the action's transaction; ids only. */
    void audit(Tx tx, Instant at, String actorId, ReviewRow row, AuditAction action, String targetType,
            String targetId, String before, String after, String hash, String detail) throws SQLException {
        audit.append(tx, new AuditEntry(at, row.organisationId(), actorId, row.clientId(), action, CATEGORY,
                targetType, targetId, before, after, hash, detail));
    }

    /** Appends an audit event about a note's review as a whole. */
    void auditNote(Tx tx, Instant at, String actorId, ReviewRow before, ReviewRow after, AuditAction action,
            String detail) throws SQLException {
        audit(tx, at, actorId, after, action, "note", after.noteId(), before.state().name(), after.state().name(),
                after.snapshotHash(), detail);
    }
}
