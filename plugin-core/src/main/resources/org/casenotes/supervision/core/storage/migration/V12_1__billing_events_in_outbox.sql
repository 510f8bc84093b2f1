-- Billing readiness (NoteBillable) goes through the outbox like the review events, so it is
-- delivered at least once with a stable id: its payer group and the supervisor's presence.
ALTER TABLE sr_event_outbox ADD COLUMN payer_group VARCHAR(200);
ALTER TABLE sr_event_outbox ADD COLUMN presence VARCHAR(32);
