-- H2: the audit table is append-only again (see V3_1), now keyed by organisation.
CREATE TRIGGER sr_audit_event_append_only BEFORE UPDATE, DELETE ON sr_audit_event
    FOR EACH ROW CALL 'org.casenotes.supervision.core.audit.internal.AppendOnlyTrigger';

CREATE TABLE sr_audit_truncate_guard (
    org_id VARCHAR(64) NOT NULL,
    seq    BIGINT      NOT NULL,
    CONSTRAINT sr_audit_truncate_guard_fk FOREIGN KEY (org_id, seq) REFERENCES sr_audit_event (org_id, seq)
);
