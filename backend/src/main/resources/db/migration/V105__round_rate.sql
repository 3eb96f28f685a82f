-- A round's own limit on reactions and replies a minute, all participants together (module participation): null means
-- the instance's stip.participation.rate.per-round. A planner lowers it for a heated round or raises it for a big one.
ALTER TABLE participation_round ADD COLUMN rate_per_minute integer CHECK (rate_per_minute BETWEEN 1 AND 10000);
