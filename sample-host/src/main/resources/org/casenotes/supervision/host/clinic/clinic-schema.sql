-- The host's own tables (not the plugin's): practices, staff, clients, progress notes.
-- Idempotent: run at every start.
CREATE TABLE IF NOT EXISTS clinic_user (
    org_id        VARCHAR(64)  NOT NULL,
    user_id       VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    credentials   VARCHAR(100) NOT NULL,
    roles         VARCHAR(100) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    CONSTRAINT clinic_user_pk PRIMARY KEY (user_id)
);
CREATE TABLE IF NOT EXISTS clinic_assignment (
    org_id        VARCHAR(64)  NOT NULL,
    supervisor_id VARCHAR(64)  NOT NULL,
    clinician_id  VARCHAR(64)  NOT NULL,
    kind          VARCHAR(16)  NOT NULL,
    valid_from    DATE         NOT NULL,
    valid_to      DATE,
    CONSTRAINT clinic_assignment_pk PRIMARY KEY (org_id, clinician_id, supervisor_id, kind)
);
CREATE TABLE IF NOT EXISTS clinic_client (
    org_id        VARCHAR(64)  NOT NULL,
    client_id     VARCHAR(64)  NOT NULL,
    given_name    VARCHAR(200) NOT NULL,
    family_name   VARCHAR(200) NOT NULL,
    date_of_birth DATE,
    phone         VARCHAR(50),
    email         VARCHAR(200),
    CONSTRAINT clinic_client_pk PRIMARY KEY (org_id, client_id)
);
CREATE TABLE IF NOT EXISTS clinic_note (
    org_id        VARCHAR(64)  NOT NULL,
    note_id       VARCHAR(64)  NOT NULL,
    client_id     VARCHAR(64)  NOT NULL,
    clinician_id  VARCHAR(64)  NOT NULL,
    session_date  DATE         NOT NULL,
    service       VARCHAR(200) NOT NULL,
    note_text     TEXT         NOT NULL,
    CONSTRAINT clinic_note_pk PRIMARY KEY (org_id, note_id)
);
CREATE INDEX IF NOT EXISTS clinic_note_by_clinician ON clinic_note (org_id, clinician_id, session_date);
CREATE TABLE IF NOT EXISTS clinic_setting (
    name          VARCHAR(100) NOT NULL,
    setting_value VARCHAR(400) NOT NULL,
    CONSTRAINT clinic_setting_pk PRIMARY KEY (name)
);
-- The plugin's domain events as the host received them after each committed action (ids only).
CREATE TABLE IF NOT EXISTS clinic_event (
    org_id        VARCHAR(64)  NOT NULL,
    event_id      VARCHAR(36)  NOT NULL,
    event_type    VARCHAR(64)  NOT NULL,
    note_id       VARCHAR(64),
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT clinic_event_pk PRIMARY KEY (org_id, event_id)
);
CREATE INDEX IF NOT EXISTS clinic_event_by_note ON clinic_event (org_id, note_id, event_type);
-- Licensure: the board rule pack each supervisee gains experience under, and their direct client
-- hours per day as the practice records them (the plugin asks for them per week).
CREATE TABLE IF NOT EXISTS clinic_licensure (
    org_id        VARCHAR(64)  NOT NULL,
    user_id       VARCHAR(64)  NOT NULL,
    rule_pack     VARCHAR(64)  NOT NULL,
    CONSTRAINT clinic_licensure_pk PRIMARY KEY (org_id, user_id)
);
CREATE TABLE IF NOT EXISTS clinic_direct_hours (
    org_id        VARCHAR(64)  NOT NULL,
    user_id       VARCHAR(64)  NOT NULL,
    work_date     DATE         NOT NULL,
    hours         DECIMAL(5,2) NOT NULL,
    CONSTRAINT clinic_direct_hours_pk PRIMARY KEY (org_id, user_id, work_date)
);
-- Professional licences of staff, shown with their electronic signatures.
CREATE TABLE IF NOT EXISTS clinic_licence (
    org_id          VARCHAR(64)  NOT NULL,
    user_id         VARCHAR(64)  NOT NULL,
    licence_type    VARCHAR(64)  NOT NULL,
    licence_number  VARCHAR(64)  NOT NULL,
    jurisdiction    VARCHAR(16)  NOT NULL,
    CONSTRAINT clinic_licence_pk PRIMARY KEY (org_id, user_id)
);
