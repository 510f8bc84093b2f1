-- The pattern rule reads one clinician's most recent sessions with one client.
CREATE INDEX sr_disclosure_section_clinician_client
    ON sr_disclosure_section (org_id, client_id, clinician_id, session_date, note_id);
