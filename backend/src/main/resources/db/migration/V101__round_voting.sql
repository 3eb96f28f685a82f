-- A round's vote (module voting): the setup the planner chose, its options and one ballot per person.
-- The setup is frozen by the application once a ballot exists (checked under the setup's row lock); the budget is
-- enforced here too: a ballot's spending is computed from the options' costs by a trigger and may not exceed the budget,
-- whatever client or instance writes it.
CREATE TABLE vote_setup (
    round_id     bigint      PRIMARY KEY REFERENCES participation_round (id) ON DELETE CASCADE,
    method       text        NOT NULL CHECK (method IN ('approval', 'ranking', 'budget')),
    max_choices  integer     CHECK (max_choices >= 1),
    budget       bigint      CHECK (budget >= 1),
    min_options  integer     CHECK (min_options >= 1),
    max_options  integer     CHECK (max_options >= 1),
    hide_results boolean     NOT NULL DEFAULT false,
    updated_at   timestamptz NOT NULL,
    CHECK (method <> 'budget' OR budget IS NOT NULL),
    CHECK (method <> 'approval' OR max_choices IS NOT NULL),
    CHECK (min_options IS NULL OR max_options IS NULL OR min_options <= max_options)
);

CREATE TABLE vote_option (
    round_id   bigint  NOT NULL REFERENCES vote_setup (round_id) ON DELETE CASCADE,
    key        text    NOT NULL,
    position   integer NOT NULL,
    label      text    NOT NULL,
    cost       bigint  NOT NULL DEFAULT 0 CHECK (cost >= 0),
    -- A saved variant of the round (module variants); not a foreign key: the variants module owns its table.
    variant_id bigint,
    PRIMARY KEY (round_id, key),
    UNIQUE (round_id, position)
);

CREATE TABLE vote_ballot (
    id          bigserial   PRIMARY KEY,
    round_id    bigint      NOT NULL REFERENCES vote_setup (round_id) ON DELETE CASCADE,
    voter_email text        NOT NULL,
    choices     text[]      NOT NULL CHECK (cardinality(choices) >= 1),
    spent       bigint      NOT NULL DEFAULT 0,
    cast_at     timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    UNIQUE (round_id, voter_email)
);

-- The ballot's spending from the options' costs; over the budget is refused in the database (check_violation).
CREATE FUNCTION vote_ballot_within_budget() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    the_method text;
    the_budget bigint;
    total      bigint;
BEGIN
    SELECT method, budget INTO the_method, the_budget FROM vote_setup WHERE round_id = NEW.round_id;
    SELECT coalesce(sum(cost), 0) INTO total FROM vote_option WHERE round_id = NEW.round_id AND key = ANY (NEW.choices);
    IF the_method = 'budget' AND total > the_budget THEN
        RAISE EXCEPTION 'ballot spends % over the budget of %', total, the_budget USING ERRCODE = 'check_violation';
    END IF;
    NEW.spent := CASE WHEN the_method = 'budget' THEN total ELSE 0 END;
    RETURN NEW;
END
$$;

CREATE TRIGGER vote_ballot_within_budget BEFORE INSERT OR UPDATE ON vote_ballot
    FOR EACH ROW EXECUTE FUNCTION vote_ballot_within_budget();
