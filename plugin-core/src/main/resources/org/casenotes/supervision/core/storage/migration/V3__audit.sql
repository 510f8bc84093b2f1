-- The audit trail (ASTM E2147 fields: time, actor, organisation, client, action, data
-- category; plus target, before/after state and content hash), one HMAC chain across all
-- organisations. Ids only: no client-identifying text.
--
-- Unlike every other table, the key starts with seq, not org_id: the sequence is global and
-- gapless, and verification walks the whole chain in seq order, so the chain index is seq.
-- The rows still carry org_id, every org-scoped index starts with it, and every query of an
-- organisation's events (the audit report) filters by it.
--
-- Append-only is enforced by the database itself: see the vendor scripts V3_1 (a trigger
-- that refuses UPDATE, DELETE and TRUNCATE).
CREATE TABLE sr_audit_event (
    seq            BIGINT        NOT NULL,
    org_id         VARCHAR(64)   NOT NULL,
    event_time     TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id       VARCHAR(64)   NOT NULL,
    client_id      VARCHAR(64),
    action         VARCHAR(16)   NOT NULL,
    data_category  VARCHAR(64)   NOT NULL,
    target_type    VARCHAR(64)   NOT NULL,
    target_id      VARCHAR(128)  NOT NULL,
    before_state   VARCHAR(64),
    after_state    VARCHAR(64),
    content_hash   VARCHAR(128),
    detail         VARCHAR(1000),
    prev_mac       VARCHAR(64)   NOT NULL,
    entry_mac      VARCHAR(64)   NOT NULL,
    CONSTRAINT sr_audit_event_pk PRIMARY KEY (seq)
);

-- The audit report: one organisation's events of a period.
CREATE INDEX sr_audit_event_org_time ON sr_audit_event (org_id, event_time, seq);

-- The chain's head: the last sequence number and MAC. Appenders lock this one row (SELECT …
-- FOR UPDATE) in their own transaction, so writers from any number of hosts serialise on it
-- and a rolled-back action leaves no gap. A database sequence would leave gaps. Global like
-- the chain, so it has no org_id.
CREATE TABLE sr_audit_head (
    head_id   INTEGER      NOT NULL,
    last_seq  BIGINT       NOT NULL,
    last_mac  VARCHAR(64)  NOT NULL,
    CONSTRAINT sr_audit_head_pk PRIMARY KEY (head_id),
    CONSTRAINT sr_audit_head_single CHECK (head_id = 1)
);

INSERT INTO sr_audit_head (head_id, last_seq, last_mac)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
