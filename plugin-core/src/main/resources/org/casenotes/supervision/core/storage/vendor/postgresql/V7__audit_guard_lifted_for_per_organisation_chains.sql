-- PostgreSQL: the append-only guard is lifted for the one migration that renumbers the audit
-- trail into a chain per organisation (V7_1); V7_2 puts it back in the same upgrade.
DROP TRIGGER sr_audit_event_append_only ON sr_audit_event;
DROP TRIGGER sr_audit_event_no_truncate ON sr_audit_event;
