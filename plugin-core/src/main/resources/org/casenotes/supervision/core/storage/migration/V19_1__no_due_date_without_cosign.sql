-- A note whose stored co-sign selection asks for no co-sign has no co-sign due date and no
-- escalation date: it is in no queue and never overdue. Notes submitted before the selection
-- governed the due date are brought in line here.
UPDATE sr_review SET due_date = NULL, escalation_date = NULL
 WHERE EXISTS (SELECT 1 FROM sr_cosign_selection c
                WHERE c.org_id = sr_review.org_id AND c.note_id = sr_review.note_id AND c.required = FALSE);
