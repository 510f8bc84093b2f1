-- One audit chain per organisation: the sequence number runs from 1 within each organisation
-- and the head row is the organisation's own, so appenders of different organisations never
-- wait on one another and the chain shards with every other table by org_id.
--
-- Events written before this version formed one chain across all organisations. They keep
-- their place in it (legacy_seq, and their MAC, which covers the previous event of that
-- global chain), get their organisation's number like every later event, and the old head
-- row stays, frozen, as sr_audit_legacy_head: verification walks that global chain once
-- more by legacy_seq, and each organisation's new chain goes on from its last old event.
ALTER TABLE sr_audit_event ADD COLUMN legacy_seq BIGINT;
UPDATE sr_audit_event SET legacy_seq = seq;
ALTER TABLE sr_audit_event DROP CONSTRAINT sr_audit_event_pk;

CREATE INDEX sr_audit_event_renumbering ON sr_audit_event (org_id, legacy_seq);
UPDATE sr_audit_event SET seq = (SELECT COUNT(*) FROM sr_audit_event earlier
    WHERE earlier.org_id = sr_audit_event.org_id AND earlier.legacy_seq <= sr_audit_event.legacy_seq);
DROP INDEX sr_audit_event_renumbering;

ALTER TABLE sr_audit_event ADD CONSTRAINT sr_audit_event_pk PRIMARY KEY (org_id, seq);

ALTER TABLE sr_audit_head RENAME TO sr_audit_legacy_head;

-- Each organisation's head: its last sequence number and MAC. An appender locks only its own
-- organisation's row; the row is created by the organisation's first event.
CREATE TABLE sr_audit_chain (
    org_id    VARCHAR(64)  NOT NULL,
    last_seq  BIGINT       NOT NULL,
    last_mac  VARCHAR(64)  NOT NULL,
    CONSTRAINT sr_audit_chain_pk PRIMARY KEY (org_id)
);

INSERT INTO sr_audit_chain (org_id, last_seq, last_mac)
SELECT org_id, seq, entry_mac FROM sr_audit_event
WHERE seq = (SELECT MAX(latest.seq) FROM sr_audit_event latest WHERE latest.org_id = sr_audit_event.org_id);

-- The heads each signed anchor committed to. An anchor stores the heads that moved since the
-- one before; the heads of anchor N are, per organisation, the row of the highest anchor_seq
-- not above N. The legacy global chain's head is stored under the empty organisation id.
CREATE TABLE sr_audit_anchor_head (
    org_id      VARCHAR(64)  NOT NULL,
    anchor_seq  BIGINT       NOT NULL,
    last_seq    BIGINT       NOT NULL,
    last_mac    VARCHAR(64)  NOT NULL,
    CONSTRAINT sr_audit_anchor_head_pk PRIMARY KEY (org_id, anchor_seq)
);

-- The database's identity, under which its anchors are kept in the host's checkpoint sink
-- (one sink may serve several databases), and a keyed fingerprint of the chain key, so a
-- module given another key refuses to start instead of writing events no one can verify.
-- One row; created by the first module that starts on this version.
CREATE TABLE sr_audit_database (
    singleton    INTEGER      NOT NULL,
    database_id  VARCHAR(64)  NOT NULL,
    key_check    VARCHAR(64)  NOT NULL,
    CONSTRAINT sr_audit_database_pk PRIMARY KEY (singleton),
    CONSTRAINT sr_audit_database_single CHECK (singleton = 1)
);
