-- A note under supervision is submitted only with its self-disclosure section. Notes submitted
-- before that rule have a snapshot without a section: they are marked undocumented, so that
-- they cannot be co-signed until the clinician documents them and submits them again, and
-- packets show them as undocumented.
ALTER TABLE sr_review ADD COLUMN documented BOOLEAN DEFAULT TRUE NOT NULL;

UPDATE sr_review SET documented = FALSE
WHERE submission_no > 0 AND EXISTS (
    SELECT 1 FROM sr_review_snapshot s
    WHERE s.org_id = sr_review.org_id AND s.note_id = sr_review.note_id
      AND s.submission_no = sr_review.submission_no AND s.section_json IS NULL);
