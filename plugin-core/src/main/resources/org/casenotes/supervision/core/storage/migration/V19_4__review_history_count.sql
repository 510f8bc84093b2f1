-- The number of the note's last history entry, kept on its review row, so a transition numbers
-- its entry from the row it has already read and version-checked instead of an
-- INSERT ... SELECT MAX(seq) + 1 over the note's history (about twice a plain insert on H2).
-- Addenda, which add entries without moving the review's version, move it too.
ALTER TABLE sr_review ADD COLUMN history_seq INTEGER DEFAULT 0 NOT NULL;

UPDATE sr_review SET history_seq = COALESCE((SELECT MAX(h.seq) FROM sr_review_history h
    WHERE h.org_id = sr_review.org_id AND h.note_id = sr_review.note_id), 0);
