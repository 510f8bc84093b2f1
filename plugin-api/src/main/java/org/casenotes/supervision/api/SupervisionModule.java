package org.casenotes.supervision.api;

import org.casenotes.supervision.api.audit.AuditLog;
import org.casenotes.supervision.api.billing.Billing;
import org.casenotes.supervision.api.disclosure.Disclosures;
import org.casenotes.supervision.api.fhir.FhirExports;
import org.casenotes.supervision.api.licensure.Licensure;
import org.casenotes.supervision.api.meeting.Meetings;
import org.casenotes.supervision.api.packet.Packets;
import org.casenotes.supervision.api.policy.Policies;
import org.casenotes.supervision.api.review.Reviews;
import org.casenotes.supervision.api.signature.Signatures;

/**
 * The supervision features, bound to one host context.
 *
 * <p>Every operation takes the acting {@link Actor} and never reads or writes data of another
 * organisation. Implementations are thread-safe: one module serves all of a host's requests.
 *
 * <p>States: <em>open</em> from {@code create()} until {@link #close()}, then <em>closed</em>.
 * A closed module fails every call at once with {@link
 * org.casenotes.supervision.api.error.InvalidStateException} code {@code module.closed}. The
 * plugin's {@code stop()} closes every module it made. Every operation throws only {@link
 * org.casenotes.supervision.api.error.SupervisionException} subtypes; a failure of a host part
 * comes back as {@link org.casenotes.supervision.api.error.HostFailureException}.
 */
public interface SupervisionModule extends AutoCloseable {

    /**
     * The plugin's own version, for display and diagnostics.
     *
     * @return a semantic version such as {@code 0.1.0}
     */
    String version();

    /**
     * The storage schema version the plugin's tables are at.
     *
     * @return the latest applied migration version, such as {@code 1}
     */
    String schemaVersion();

    /**
     * Reports whether the module can reach its database right now.
     *
     * @return {@code true} when a trivial query succeeds within a short time
     */
    boolean databaseReachable();

    /**
     * The self-disclosure sections of progress notes: form schema, validation, flags, storage.
     *
     * @return the disclosure service; the same instance on every call
     */
    Disclosures disclosures();

    /**
     * The organisation's policy: thresholds of the flag rules, limits, co-sign rules.
     *
     * @return the policy service; the same instance on every call
     */
    Policies policies();


    /**
     * The audit trail: reports, chain verification and signed checkpoints.
     *
     * @return the audit log service
     */
    AuditLog audit();

    /**
     * The review workflow: submit, review, return, co-sign, batch co-sign, addenda, queues and
     * the overdue check.
     *
     * @return the review service; thread-safe, one per module
     */
    Reviews reviews();

    /**
     * Supervision meetings: agenda, the supervisor's case notes, action items, signing,
     * addenda and the licensure hours log.
     *
     * @return the meeting service; thread-safe, one per module
     */
    Meetings meetings();

    /**
     * Supervision review packets: an archival (PDF/A-3b) or password-protected, optionally
     * signed PDF of the supervisees' notes, reviews, meetings and hours over a period or for one
     * meeting.
     *
     * @return the packet service; thread-safe, one per module
     */
    Packets packets();

    /**
     * Delivers the domain events still pending in the outbox (the listener failed, or the
     * process stopped before delivering them) to the host's listener, in order per note. The
     * module does this once when it is created; a host may also call it on a schedule.
     *
     * @return how many events the listener accepted in this call
     * @throws org.casenotes.supervision.api.error.StorageUnavailableException when the database
     *     cannot be read
     */
    int deliverPendingEvents();

    /**
     * The words every code of this API is shown with, in English and Spanish, and the flag
     * explanations rendered per language.
     *
     * @return the vocabulary
     */
    Vocabulary vocabulary();

    /**
     * HL7 FHIR R4 exports of reviews, co-signs, packets and the disclosure form.
     *
     * <p>A default method so modules built against an earlier API still load; they answer
     * with {@link UnsupportedOperationException}.
     *
     * @return the FHIR export service; thread-safe, one per module
     * @throws UnsupportedOperationException when the plugin predates FHIR exports
     */
    default FhirExports fhir() {
        throw new UnsupportedOperationException("this plugin version has no FHIR exports");
    }

    /**
     * Closes the module and releases what it holds (H2's way to the plugin's classes); calling
     * it again does nothing. The host's data source is not closed: the host owns it.
     * Licensure: board rule packs, the check of a supervisee's supervision against their
     * board's rules, and the board summary export. Modules built before this feature do not
     * have it.
     *
     * @return the licensure service; thread-safe, one per module
     * @throws UnsupportedOperationException when the module predates the feature
     */
    default Licensure licensure() {
        throw new UnsupportedOperationException("this module has no licensure feature");
    }

    /**
     * The electronic signatures of co-signed notes and signed meetings, with the signer's
     * credentials and licence. Modules built before this feature do not have it.
     *
     * @return the signature service; thread-safe, one per module
     * @throws UnsupportedOperationException when the module predates the feature
     */
    default Signatures signatures() {
        throw new UnsupportedOperationException("this module has no signature records");
    }

    /**
     * Billing readiness: whether a note may be billed and under which supervising practitioner.
     * Modules built before this feature do not have it.
     *
     * @return the billing service; thread-safe, one per module
     * @throws UnsupportedOperationException when the module predates the feature
     */
    default Billing billing() {
        throw new UnsupportedOperationException("this module has no billing readiness");
    }

    /**
     * Which notes need a co-sign under the policy's sampling, and the report of what was sampled.
     *
     * @return the sampling service; thread-safe, one per module
     * @throws UnsupportedOperationException when the module predates the feature
     */
    default org.casenotes.supervision.api.review.ReviewSampling reviewSampling() {
        throw new UnsupportedOperationException("this module has no review sampling");
    }

    /**
     * Releases what the module holds. The host's data source is not closed: the host owns it.
     */
    @Override
    void close();
}
