package org.casenotes.supervision.api.audit;

import java.time.Instant;

/**
 * One recorded audit event (ASTM E2147 fields), as an audit report lists it. Ids only: no
 * client-identifying text.
 *
 * @param sequence its place in the gapless global sequence
 * @param at when it happened
 * @param organisationId the organisation
 * @param actorId who did it
 * @param clientId the client concerned, or {@code null}
 * @param action the kind of access
 * @param dataCategory what kind of data, such as {@code review} or {@code audit}
 * @param targetType the kind of record, such as {@code note}
 * @param targetId the record's id
 * @param beforeState the state before, or {@code null}
 * @param afterState the state after, or {@code null}
 * @param contentHash the content hash involved, or {@code null}
 * @param detail a short machine-readable detail, or {@code null}
 */
public record AuditEvent(long sequence, Instant at, String organisationId, String actorId,
        String clientId, AuditAction action, String dataCategory, String targetType,
        String targetId, String beforeState, String afterState, String contentHash,
        String detail) {
}
