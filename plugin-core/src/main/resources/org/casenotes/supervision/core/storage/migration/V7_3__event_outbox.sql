-- The transactional outbox: each domain event is written here in the transaction of the action
-- that raised it, and delivered to the host's listener after commit (and again on the next
-- start, or when the host asks, until the listener accepts it). Delivered events are removed.
-- note_seq orders one note's events; event_id is the stable id the host de-duplicates on.
CREATE TABLE sr_event_outbox (
    org_id         VARCHAR(64)  NOT NULL,
    note_id        VARCHAR(64)  NOT NULL,
    note_seq       BIGINT       NOT NULL,
    event_id       VARCHAR(36)  NOT NULL,
    event_type     VARCHAR(32)  NOT NULL,
    clinician_id   VARCHAR(64)  NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    due_date       DATE,
    supervisor_id  VARCHAR(64),
    addendum_id    VARCHAR(64),
    CONSTRAINT sr_event_outbox_pk PRIMARY KEY (org_id, note_id, note_seq),
    CONSTRAINT sr_event_outbox_event_uk UNIQUE (org_id, event_id)
);
