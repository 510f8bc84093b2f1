-- No statement reads sections by client alone: the pattern rule reads them by client and
-- clinician (sr_disclosure_section_clinician_client), packets and agendas by clinician and
-- period (sr_disclosure_section_period). This index only cost every section insert a fourth
-- index entry.
DROP INDEX sr_disclosure_section_client;
