package org.casenotes.supervision.core.audit;

import java.time.Instant;
import java.util.Objects;
import org.casenotes.supervision.api.audit.AuditAction;

/**
 * What a feature asks the audit trail to record; the trail adds the sequence number and the
 * chain hash. Ids only: no client-identifying text ever goes into an entry.
 *
 * @param at when it happened, from the host's clock
 * @param organisationId the organisation
 * @param actorId who did it
 * @param clientId the client concerned, or {@code null}
 * @param action the kind of access
 * @param dataCategory what kind of data, such as {@code disclosure-section}, {@code review},
 *     {@code policy}, {@code meeting}, {@code packet}, {@code audit}
 * @param targetType the kind of record, such as {@code note}
 * @param targetId the record's id
 * @param beforeState the state before, or {@code null}
 * @param afterState the state after, or {@code null}
 * @param contentHash the content hash involved (snapshot, file), or {@code null}
 * @param detail a short machine-readable detail without client text, or {@code null}
 */
public record AuditEntry(Instant at, String organisationId, String actorId, String clientId,
        AuditAction action, String dataCategory, String targetType, String targetId,
        String beforeState, String afterState, String contentHash, String detail) {

    /** Checks the required fields. */
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(actorId, "actorId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(dataCategory, "dataCategory");
        Objects.requireNonNull(targetType, "targetType");
        Objects.requireNonNull(targetId, "targetId");
    }
}
