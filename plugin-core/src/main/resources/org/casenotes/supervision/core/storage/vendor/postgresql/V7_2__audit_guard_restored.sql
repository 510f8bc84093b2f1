-- PostgreSQL: the audit table is append-only again (see V3_1).
CREATE TRIGGER sr_audit_event_append_only BEFORE UPDATE OR DELETE ON sr_audit_event
    FOR EACH ROW EXECUTE FUNCTION sr_audit_refuse_change();

CREATE TRIGGER sr_audit_event_no_truncate BEFORE TRUNCATE ON sr_audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION sr_audit_refuse_change();
