-- H2: the audit table is append-only. H2 runs Java triggers only; the class is the plugin's
-- own and H2 is told how to load it from the plugin's class loader (H2TriggerClasses) before
-- this script runs. Should a process open this database without the plugin, loading the
-- trigger fails and the UPDATE or DELETE still fails: the guard fails closed.
CREATE TRIGGER sr_audit_event_append_only BEFORE UPDATE, DELETE ON sr_audit_event
    FOR EACH ROW CALL 'org.casenotes.supervision.core.audit.internal.AppendOnlyTrigger';

-- H2 fires no trigger on TRUNCATE, but refuses to truncate a table that a foreign key
-- references. This table stays empty; it only holds that reference.
CREATE TABLE sr_audit_truncate_guard (
    seq BIGINT NOT NULL,
    CONSTRAINT sr_audit_truncate_guard_fk FOREIGN KEY (seq) REFERENCES sr_audit_event (seq)
);
