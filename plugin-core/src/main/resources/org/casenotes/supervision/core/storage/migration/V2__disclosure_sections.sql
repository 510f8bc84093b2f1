-- The self-disclosure section of a host's progress note, kept apart from the host's note so a
-- host may treat it as psychotherapy-note material. One row per note; the version is the
-- optimistic lock of every save. The flags are those computed at the last save, with the
-- policy version they were computed under.
CREATE TABLE sr_disclosure_section (
    org_id          VARCHAR(64)  NOT NULL,
    note_id         VARCHAR(128) NOT NULL,
    client_id       VARCHAR(128) NOT NULL,
    clinician_id    VARCHAR(128) NOT NULL,
    session_date    DATE         NOT NULL,
    version         BIGINT       NOT NULL,
    has_entries     BOOLEAN      NOT NULL,
    section_json    TEXT         NOT NULL,
    flags_json      TEXT         NOT NULL,
    policy_version  INTEGER      NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by      VARCHAR(128) NOT NULL,
    CONSTRAINT sr_disclosure_section_pk PRIMARY KEY (org_id, note_id)
);

-- The pattern rule reads a client's most recent sessions.
CREATE INDEX sr_disclosure_section_client ON sr_disclosure_section (org_id, client_id, session_date, note_id);
