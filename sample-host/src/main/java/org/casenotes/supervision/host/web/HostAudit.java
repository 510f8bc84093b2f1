package org.casenotes.supervision.host.web;

import org.casenotes.supervision.api.Actor;
import org.casenotes.supervision.api.audit.AuditAction;
import org.casenotes.supervision.api.audit.HostAuditEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The host's own audit events about its clinical content (ASTM E2147 / ONC 170.315(d)(2)): a
 * note created, a note read, the practice's client list and a clinician's note list queried,
 * and every access the host itself refuses ({@link AuditAction#REFUSED} with the attempted
 * action and the reason code, never the refused action). They go through the plugin's
 * {@link org.casenotes.supervision.api.audit.AuditLog#record(HostAuditEntry)} into the
 * practice's own chain, beside the plugin's events. Ids and codes only, never a name or a
 * note's text.
 *
 * <p>A granted access whose event cannot be stored fails (the database fault is answered 503):
 * clinical content is not shown unaudited. A refusal whose event cannot be stored is still
 * refused; the host logs that it went unrecorded. Without the plugin, the host's few plugin-free
 * routes (the client list) are not audited and the host says so in its log. Thread-safe.
 */
public final class HostAudit {

    private static final Logger LOG = LoggerFactory.getLogger(HostAudit.class);

    private final Supervision supervision;

    /**
     * Creates the recorder.
     *
     * @param supervision the plugin's module, whose audit log records the events
     */
    public HostAudit(Supervision supervision) {
        this.supervision = supervision;
    }

    /**
     * Records a granted access.
     *
     * @param actor who acted
     * @param action what they did
     * @param dataCategory the kind of data, such as {@code progress-note} or {@code client}
     * @param targetType the kind of record, such as {@code note}
     * @param targetId the record's id
     * @param detail a short machine-readable detail without client text, or {@code null}
     * @throws org.casenotes.supervision.api.error.StorageUnavailableException when the event
     *     cannot be stored
     */
    public void granted(Actor actor, AuditAction action, String dataCategory, String targetType, String targetId,
            String detail) {
        if (supervision.available().isEmpty()) {
            LOG.warn("a {} event is not audited: the supervision plugin is unavailable", action);
            return;
        }
        supervision.module().audit().record(new HostAuditEntry(actor.organisationId(), actor.userId(), action,
                dataCategory, targetType, targetId, detail));
    }

    /**
     * Records an access the host refused, as {@link AuditAction#REFUSED} with
     * {@code attempted=ACTION;reason=CODE}.
     *
     * @param actor who asked
     * @param attempted what they attempted
     * @param dataCategory the kind of data, as the granted access would record it
     * @param targetType the kind of record
     * @param targetId the record's id as asked for (cut to 128 characters), or {@code null}
     * @param reason the refusal's code, as the answer gives it
     */
    public void refused(Actor actor, AuditAction attempted, String dataCategory, String targetType, String targetId,
            String reason) {
        String target = targetId == null || targetId.isBlank() ? "-"
                : targetId.length() > 128 ? targetId.substring(0, 128) : targetId;
        try {
            if (supervision.available().isEmpty()) {
                LOG.warn("a refusal is not audited: the supervision plugin is unavailable");
                return;
            }
            supervision.module().audit().record(new HostAuditEntry(actor.organisationId(), actor.userId(),
                    AuditAction.REFUSED, dataCategory, targetType, target,
                    "attempted=" + attempted.name() + ";reason=" + reason));
        } catch (RuntimeException e) {
            LOG.warn("a refusal could not be audited: {}", e.getClass().getSimpleName());
        }
    }
}
