package org.casenotes.supervision.api.audit;

/** The kind of access an audit event records (ASTM E2147 action types). */
public enum AuditAction {
    /** A record was created. */
    CREATE,
    /** Clinical content was read. */
    READ,
    /** A record was changed, including a review transition. */
    UPDATE,
    /** A record was removed. */
    DELETE,
    /** A list or report was queried. */
    QUERY,
    /** Content left the system as a printout or export (a packet, a CSV). */
    PRINT_EXPORT,
    /** A record was signed or co-signed. */
    SIGN,
    /** A user signed in (recorded by the host through {@link AuditLog#record(HostAuditEntry)}). */
    SIGN_IN,
    /** A user signed out, or their session ended. */
    SIGN_OUT,
    /**
     * An access was refused (no right, nothing of that id in the actor's organisation, a refused
     * batch, a failed sign-in); the event's detail names the attempted action and the reason
     * code ({@code attempted=READ;reason=disclosure.not-readable}). A refused access is never
     * recorded as the action that was refused.
     */
    REFUSED
}
