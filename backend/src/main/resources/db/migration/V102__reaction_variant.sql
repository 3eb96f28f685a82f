-- Reactions anchored to a variant (issue 12): the saved variant of the same round a reaction is about, or null when it
-- is about the plan. Replies carry their parent's anchor. Not a foreign key: the variants module owns round_variant and
-- participation checks the id through its ReactionAnchors SPI when the reaction is stored; both go with the round.
ALTER TABLE round_contribution ADD COLUMN variant_id bigint;

CREATE INDEX round_contribution_variant ON round_contribution (round_id, variant_id) WHERE variant_id IS NOT NULL;
