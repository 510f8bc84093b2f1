package org.casenotes.supervision.api.audit;

import org.casenotes.supervision.api.Actor;

/**
 * The audit trail as an organisation's admin sees it: reports, verification and checkpoints.
 *
 * <p>Events themselves are recorded by the plugin's features as they act; nothing here adds,
 * changes or removes one. Thread-safe.
 */
public interface AuditLog {

    /**
     * Lists the actor's organisation's audit events of a period; the report is itself
     * recorded as a {@link AuditAction#QUERY} event.
     *
     * @param admin the acting admin; only events of their organisation are listed
     * @param query the period, filters, sort order and page
     * @return one page of events
     * @throws org.casenotes.supervision.api.error.ForbiddenException when the actor is not an
     *     admin
     * @throws org.casenotes.supervision.api.error.ValidationException when the period, page
     *     size or cursor is wrong
     */
    AuditPage report(Actor admin, AuditQuery query);

    /**
     * Records an event the host observed into the organisation's audit chain, timed by the
     * host context's clock: sign-in, failed sign-in and lock-out ({@link AuditAction#REFUSED}),
     * sign-out, and reads of the host's own clinical content, so that one chain holds the
     * whole trail. Not checked for a right: the host vouches for what it records.
     *
     * @param entry the event
     * @throws org.casenotes.supervision.api.error.StorageUnavailableException when the database
     *     cannot record it
     */
    void record(HostAuditEntry entry);

    /**
     * Walks every organisation's chain (and the global chain of releases before 0.2, where one
     * exists) and checks each against its head row and the latest signed anchor. The outcome
     * names organisation ids and sequence numbers only, never an event's content; each chain's
     * outcome names its first broken event.
     *
     * @param admin the acting admin
     * @return the outcome; not intact names the first bad event
     * @throws org.casenotes.supervision.api.error.ForbiddenException when the actor is not an
     *     admin
     * @throws org.casenotes.supervision.api.error.HostFailureException when the host's checkpoint sink
     *     cannot be read
     */
    AuditVerification verify(Actor admin);

    /**
     * Signs an anchor over every organisation's chain head (a Merkle root) and writes it to the
     * host's checkpoint sink under the database's identity. Refused when the events since the
     * previous anchor do not verify, so an anchor never vouches for a damaged chain.
     *
     * @param admin the acting admin (or the host acting as one)
     * @return the checkpoint written
     * @throws org.casenotes.supervision.api.error.ForbiddenException when the actor is not an
     *     admin
     * @throws org.casenotes.supervision.api.error.InvalidStateException when the chain since
     *     the previous checkpoint does not verify
     */
    Checkpoint checkpoint(Actor admin);
}
