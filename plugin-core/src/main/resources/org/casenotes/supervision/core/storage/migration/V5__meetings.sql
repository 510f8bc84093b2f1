-- Supervision meetings: the meeting, its attendees, agenda with case notes, action items
-- (which outlive their meeting until a later one closes them) and addenda after signing.
-- org_id leads every key and index; all joins stay within one organisation.

CREATE TABLE sr_meeting (
    org_id            VARCHAR(64)  NOT NULL,
    meeting_id        VARCHAR(64)  NOT NULL,
    supervisor_id     VARCHAR(64)  NOT NULL,
    starts_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_minutes  INTEGER      NOT NULL,
    meeting_format    VARCHAR(16)  NOT NULL,
    modality          VARCHAR(16)  NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    overall_feedback  TEXT,
    version           BIGINT       NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    held_at           TIMESTAMP WITH TIME ZONE,
    signed_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT sr_meeting_pk PRIMARY KEY (org_id, meeting_id)
);
CREATE INDEX sr_meeting_by_supervisor ON sr_meeting (org_id, supervisor_id, starts_at);
CREATE INDEX sr_meeting_by_start ON sr_meeting (org_id, starts_at);

CREATE TABLE sr_meeting_attendee (
    org_id          VARCHAR(64)  NOT NULL,
    meeting_id      VARCHAR(64)  NOT NULL,
    supervisee_id   VARCHAR(64)  NOT NULL,
    seat            INTEGER      NOT NULL,
    attendance      VARCHAR(16)  NOT NULL,
    CONSTRAINT sr_meeting_attendee_pk PRIMARY KEY (org_id, meeting_id, supervisee_id)
);
CREATE INDEX sr_meeting_attendee_by_supervisee ON sr_meeting_attendee (org_id, supervisee_id, meeting_id);

CREATE TABLE sr_agenda_item (
    org_id          VARCHAR(64)   NOT NULL,
    meeting_id      VARCHAR(64)   NOT NULL,
    item_id         VARCHAR(64)   NOT NULL,
    item_order      INTEGER       NOT NULL,
    kind            VARCHAR(16)   NOT NULL,
    supervisee_id   VARCHAR(64),
    note_id         VARCHAR(64),
    client_id       VARCHAR(64),
    session_date    DATE,
    reason          VARCHAR(32),
    flag_rule_ids   VARCHAR(2000),
    action_item_id  VARCHAR(64),
    topic           TEXT,
    discussion      TEXT,
    feedback        TEXT,
    CONSTRAINT sr_agenda_item_pk PRIMARY KEY (org_id, meeting_id, item_id)
);

CREATE TABLE sr_action_item (
    org_id              VARCHAR(64)  NOT NULL,
    action_item_id      VARCHAR(64)  NOT NULL,
    raised_in_meeting   VARCHAR(64)  NOT NULL,
    raised_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    raised_seq          INTEGER      NOT NULL,
    item_text           TEXT         NOT NULL,
    owner_id            VARCHAR(64)  NOT NULL,
    due_date            DATE,
    closed_in_meeting   VARCHAR(64),
    closed_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT sr_action_item_pk PRIMARY KEY (org_id, action_item_id)
);
CREATE INDEX sr_action_item_by_raised ON sr_action_item (org_id, raised_in_meeting);
CREATE INDEX sr_action_item_by_closed ON sr_action_item (org_id, closed_in_meeting);

CREATE TABLE sr_meeting_addendum (
    org_id          VARCHAR(64)  NOT NULL,
    meeting_id      VARCHAR(64)  NOT NULL,
    addendum_id     VARCHAR(64)  NOT NULL,
    written_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    author_id       VARCHAR(64)  NOT NULL,
    body            TEXT         NOT NULL,
    CONSTRAINT sr_meeting_addendum_pk PRIMARY KEY (org_id, meeting_id, addendum_id)
);
