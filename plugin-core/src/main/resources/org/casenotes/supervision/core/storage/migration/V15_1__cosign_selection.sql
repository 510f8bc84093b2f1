-- Whether a note needs a co-sign under the policy's sampling, decided once when it is first
-- submitted: the reason (all notes, supervisee, sampled, not sampled, licensed and not required),
-- the policy's scope and percentage then, and the note's draw (0-9999) so the sample can be
-- checked again.
CREATE TABLE sr_cosign_selection (
    org_id          VARCHAR(64)  NOT NULL,
    note_id         VARCHAR(64)  NOT NULL,
    clinician_id    VARCHAR(64)  NOT NULL,
    required        BOOLEAN      NOT NULL,
    reason          VARCHAR(32)  NOT NULL,
    scope           VARCHAR(32)  NOT NULL,
    sample_percent  INTEGER      NOT NULL,
    draw            INTEGER      NOT NULL,
    policy_version  INTEGER      NOT NULL,
    decided_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sr_cosign_selection_pk PRIMARY KEY (org_id, note_id)
);
CREATE INDEX sr_cosign_selection_by_clinician ON sr_cosign_selection (org_id, clinician_id, decided_at);
