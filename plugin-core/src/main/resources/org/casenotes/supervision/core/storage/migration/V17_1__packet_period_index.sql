-- A packet reads a clinician's sections of a period in keyset pages by (session date, note id).
CREATE INDEX sr_disclosure_section_period ON sr_disclosure_section (org_id, clinician_id, session_date, note_id);
