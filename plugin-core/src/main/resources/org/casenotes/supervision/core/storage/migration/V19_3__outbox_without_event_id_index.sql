-- No statement finds a pending event by its id: the relay reads and deletes a note's events by
-- (org_id, note_id), the primary key's prefix. The id is a random UUID made when the event is
-- stored, so the unique constraint only cost each event an index entry written at its insert
-- and removed at its delivery. Hosts still de-duplicate on the id they receive.
ALTER TABLE sr_event_outbox DROP CONSTRAINT sr_event_outbox_event_uk;
