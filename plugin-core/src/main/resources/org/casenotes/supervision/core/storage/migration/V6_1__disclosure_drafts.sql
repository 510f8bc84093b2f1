-- A clinician's unfinished self-disclosure section, kept as typed with the problems it still
-- has, until it is saved complete (which removes the draft). One draft per note; the version is
-- the optimistic lock of every draft save.
CREATE TABLE sr_disclosure_draft (
    org_id          VARCHAR(64)  NOT NULL,
    note_id         VARCHAR(128) NOT NULL,
    client_id       VARCHAR(128) NOT NULL,
    clinician_id    VARCHAR(128) NOT NULL,
    session_date    DATE         NOT NULL,
    version         BIGINT       NOT NULL,
    draft_json      TEXT         NOT NULL,
    problems_json   TEXT         NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sr_disclosure_draft_pk PRIMARY KEY (org_id, note_id)
);

-- A clinician's drafts, most recently saved first.
CREATE INDEX sr_disclosure_draft_by_clinician ON sr_disclosure_draft (org_id, clinician_id, updated_at, note_id);
