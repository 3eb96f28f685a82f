-- Variants (issue 12): the planner's bounds per round and the participants' variants of the plan's design.
-- Both go with their round (ON DELETE CASCADE). A saved variant is never updated: editing inserts a new version
-- in the same chain (chain_id = the first version's id).
CREATE TABLE variant_bounds (
    round_id     bigint PRIMARY KEY REFERENCES participation_round (id) ON DELETE CASCADE,
    min_height   double precision NOT NULL,
    max_height   double precision NOT NULL,
    area         geometry(Polygon, 28992),
    keep_volumes integer[] NOT NULL DEFAULT '{}',
    updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE round_variant (
    id           bigserial PRIMARY KEY,
    round_id     bigint NOT NULL REFERENCES participation_round (id) ON DELETE CASCADE,
    chain_id     bigint NOT NULL,
    version      integer NOT NULL,
    based_on     bigint REFERENCES round_variant (id) ON DELETE CASCADE,
    title        text NOT NULL,
    author_email text NOT NULL,
    author_label text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    design       jsonb NOT NULL,
    objects      jsonb NOT NULL,
    indicators   jsonb NOT NULL,
    original     jsonb NOT NULL,
    check_result jsonb NOT NULL,
    compliant    boolean NOT NULL,
    geojson      text NOT NULL,
    UNIQUE (chain_id, version)
);

CREATE INDEX round_variant_round ON round_variant (round_id, chain_id, version);
