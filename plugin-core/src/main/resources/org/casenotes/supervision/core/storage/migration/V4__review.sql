-- The review workflow. Every key and index starts with org_id; no query crosses organisations.

-- One row per note that was ever submitted; a note without a row is a DRAFT at version 0.
-- Every change is UPDATE ... WHERE version = ?, so of two concurrent actions one wins.
CREATE TABLE sr_review (
    org_id           VARCHAR(64)  NOT NULL,
    note_id          VARCHAR(64)  NOT NULL,
    client_id        VARCHAR(64)  NOT NULL,
    clinician_id     VARCHAR(64)  NOT NULL,
    state            VARCHAR(24)  NOT NULL,
    version          BIGINT       NOT NULL,
    submission_no    INTEGER      NOT NULL,
    submitted_at     TIMESTAMP WITH TIME ZONE,
    due_date         DATE,
    escalation_date  DATE,
    snapshot_hash    VARCHAR(64),
    flagged          BOOLEAN      NOT NULL,
    flag_rules       VARCHAR(2000) NOT NULL,
    cosigned_by      VARCHAR(64),
    cosigned_at      TIMESTAMP WITH TIME ZONE,
    attestation      TEXT,
    policy_version   INTEGER,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sr_review_pk PRIMARY KEY (org_id, note_id)
);

-- A supervisor's queue and a clinician's returned notes: keyset paging by (due date, note id)
-- within the clinicians concerned.
CREATE INDEX sr_review_queue_ix ON sr_review (org_id, clinician_id, due_date, note_id);
-- The overdue check: notes awaiting a supervisor by due date.
CREATE INDEX sr_review_due_ix ON sr_review (org_id, state, due_date, note_id);

-- What was submitted, once per submission: the host's note text and the section's canonical
-- JSON, with the SHA-256 a co-sign attests to.
CREATE TABLE sr_review_snapshot (
    org_id         VARCHAR(64)  NOT NULL,
    note_id        VARCHAR(64)  NOT NULL,
    submission_no  INTEGER      NOT NULL,
    note_text      TEXT         NOT NULL,
    section_json   TEXT,
    flags          TEXT         NOT NULL,
    content_hash   VARCHAR(64)  NOT NULL,
    taken_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sr_review_snapshot_pk PRIMARY KEY (org_id, note_id, submission_no)
);

-- Every transition of a note or of one of its addenda, numbered per note.
CREATE TABLE sr_review_history (
    org_id       VARCHAR(64)  NOT NULL,
    note_id      VARCHAR(64)  NOT NULL,
    seq          INTEGER      NOT NULL,
    from_state   VARCHAR(24)  NOT NULL,
    to_state     VARCHAR(24)  NOT NULL,
    actor_id     VARCHAR(64)  NOT NULL,
    acted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    addendum_id  VARCHAR(36),
    CONSTRAINT sr_review_history_pk PRIMARY KEY (org_id, note_id, seq)
);

-- Comment threads on a note (entry_index -1) or on one disclosure entry; seq orders them.
CREATE TABLE sr_review_comment (
    org_id         VARCHAR(64)  NOT NULL,
    note_id        VARCHAR(64)  NOT NULL,
    comment_id     VARCHAR(36)  NOT NULL,
    seq            BIGINT       NOT NULL,
    parent_id      VARCHAR(36),
    entry_index    INTEGER      NOT NULL,
    author_id      VARCHAR(64)  NOT NULL,
    written_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    body           TEXT         NOT NULL,
    return_reason  BOOLEAN      NOT NULL,
    CONSTRAINT sr_review_comment_pk PRIMARY KEY (org_id, note_id, comment_id)
);
CREATE UNIQUE INDEX sr_review_comment_seq_ix ON sr_review_comment (org_id, note_id, seq);

-- Addenda to co-signed notes, each with its own cycle and version; the note row is untouched.
CREATE TABLE sr_addendum (
    org_id        VARCHAR(64)  NOT NULL,
    note_id       VARCHAR(64)  NOT NULL,
    addendum_id   VARCHAR(36)  NOT NULL,
    author_id     VARCHAR(64)  NOT NULL,
    body          TEXT         NOT NULL,
    state         VARCHAR(24)  NOT NULL,
    version       BIGINT       NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    content_hash  VARCHAR(64),
    cosigned_by   VARCHAR(64),
    cosigned_at   TIMESTAMP WITH TIME ZONE,
    attestation   TEXT,
    CONSTRAINT sr_addendum_pk PRIMARY KEY (org_id, note_id, addendum_id)
);

-- Overdue and escalation raised, at most once per note, submission and kind.
CREATE TABLE sr_escalation (
    org_id         VARCHAR(64)  NOT NULL,
    note_id        VARCHAR(64)  NOT NULL,
    submission_no  INTEGER      NOT NULL,
    kind           VARCHAR(16)  NOT NULL,
    raised_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sr_escalation_pk PRIMARY KEY (org_id, note_id, submission_no, kind)
);
