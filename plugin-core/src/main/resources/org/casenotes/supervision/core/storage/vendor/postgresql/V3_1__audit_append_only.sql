-- PostgreSQL: the audit table is append-only. A row trigger refuses UPDATE and DELETE, a
-- statement trigger refuses TRUNCATE. The database owner can still drop the triggers: that
-- is what the HMAC chain and the signed checkpoints outside the database are for.
CREATE FUNCTION sr_audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'sr_audit_event is append-only: % refused', TG_OP;
END
$$;

CREATE TRIGGER sr_audit_event_append_only BEFORE UPDATE OR DELETE ON sr_audit_event
    FOR EACH ROW EXECUTE FUNCTION sr_audit_refuse_change();

CREATE TRIGGER sr_audit_event_no_truncate BEFORE TRUNCATE ON sr_audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION sr_audit_refuse_change();
