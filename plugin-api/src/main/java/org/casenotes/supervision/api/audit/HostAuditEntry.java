package org.casenotes.supervision.api.audit;

import java.util.Objects;

/**
 * An event the host itself observed (a sign-in, a failed sign-in, a lock-out, a sign-out, a read
 * of its own clinical content), recorded through {@link AuditLog#record(HostAuditEntry)} into the
 * organisation's audit chain beside the plugin's own events. Ids and codes only: never a
 * client's name, a note's text or a password.
 *
 * @param organisationId the organisation; not blank, at most 64 characters
 * @param actorId who acted (for a failed sign-in, the account tried, when it exists); not blank,
 *     at most 64 characters
 * @param action what happened; a refused access is {@link AuditAction#REFUSED}
 * @param dataCategory the kind of data, such as {@code session} or {@code client}; not blank,
 *     at most 64 characters
 * @param targetType the kind of record, such as {@code user}; not blank, at most 64 characters
 * @param targetId the record's id; not blank, at most 128 characters
 * @param detail a short machine-readable detail such as {@code attempted=SIGN_IN;reason=login.failed},
 *     or {@code null}; at most 1,000 characters
 */
public record HostAuditEntry(String organisationId, String actorId, AuditAction action, String dataCategory,
        String targetType, String targetId, String detail) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException when a required field is null
     * @throws IllegalArgumentException when a field is blank or too long
     */
    public HostAuditEntry {
        Objects.requireNonNull(action, "action");
        check(organisationId, "organisationId", 64);
        check(actorId, "actorId", 64);
        check(dataCategory, "dataCategory", 64);
        check(targetType, "targetType", 64);
        check(targetId, "targetId", 128);
        if (detail != null && detail.length() > 1000) {
            throw new IllegalArgumentException("detail must be at most 1000 characters");
        }
    }

    private static void check(String value, String name, int max) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.length() > max) {
            throw new IllegalArgumentException(name + " must be 1 to " + max + " characters, not blank");
        }
    }
}
