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
    SIGN
}
