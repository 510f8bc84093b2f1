-- A note is on a meeting's agenda once, with every reason it is there for (flagged, discussion
-- asked, co-sign overdue), comma-separated; reason keeps the first for older readers.
ALTER TABLE sr_agenda_item ADD COLUMN reasons VARCHAR(200);
