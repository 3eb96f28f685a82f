-- A planner schedules a draft round (module participation): it opens by itself at starts_at (RoundOpener) and closes
-- at ends_at (RoundCloser). Unscheduled drafts wait for a planner's "open".
ALTER TABLE participation_round ADD COLUMN scheduled_at timestamptz;
ALTER TABLE participation_round ADD COLUMN scheduled_by text;
CREATE INDEX participation_round_start_due ON participation_round (starts_at) WHERE state = 'draft' AND scheduled_at IS NOT NULL;
