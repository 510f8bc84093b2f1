-- H2: the append-only guard is lifted for the one migration that renumbers the audit trail
-- into a chain per organisation (V7_1); V7_2 puts it back in the same upgrade.
DROP TRIGGER sr_audit_event_append_only;
DROP TABLE sr_audit_truncate_guard;
