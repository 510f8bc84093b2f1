-- Electronic signatures as made: the signer's name, credentials and licence at that moment, the
-- fixed "Electronically signed by" line, the attestation, and for a late co-sign the late-signature
-- attestation (the signing date is never moved). One row per co-sign, addendum co-sign or meeting.
CREATE TABLE sr_signature (
    org_id                VARCHAR(64)   NOT NULL,
    kind                  VARCHAR(32)   NOT NULL,
    target_id             VARCHAR(64)   NOT NULL,
    note_id               VARCHAR(64),
    signer_id             VARCHAR(64)   NOT NULL,
    signer_name           VARCHAR(200)  NOT NULL,
    credentials           VARCHAR(200)  NOT NULL,
    licence_type          VARCHAR(64),
    licence_number        VARCHAR(64),
    licence_jurisdiction  VARCHAR(16),
    signed_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    signed_on             DATE          NOT NULL,
    signature_line        VARCHAR(800)  NOT NULL,
    attestation           TEXT          NOT NULL,
    late_attestation      TEXT,
    CONSTRAINT sr_signature_pk PRIMARY KEY (org_id, kind, target_id)
);
CREATE INDEX sr_signature_by_note ON sr_signature (org_id, note_id);
