-- Consent, no objection or objection of a confirmed resident on a published plan (owned by the concerned module): one
-- per person per plan, changeable until the plan enters "application"; the ring and distance are those of the home
-- when the statement was recorded, the version the one the resident saw.
CREATE TABLE concerned_statement (
    plan_id     bigint           NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    email       text             NOT NULL CHECK (email = lower(email)),
    home_id     bigint           REFERENCES resident_home (id) ON DELETE SET NULL,
    kind        text             NOT NULL CHECK (kind IN ('consent', 'no-objection', 'objection')),
    reason      text             CHECK (reason IS NULL OR char_length(reason) BETWEEN 1 AND 2000),
    version     integer          NOT NULL CHECK (version >= 1),
    ring        text             NOT NULL,
    distance_m  double precision NOT NULL,
    direction   text             NOT NULL,
    address     text             NOT NULL, -- the address label, or the pand when no address is known
    recorded_at timestamptz      NOT NULL DEFAULT now(),
    changed_at  timestamptz      NOT NULL DEFAULT now(),
    PRIMARY KEY (plan_id, email)
);
