-- The owner invited all concerned parties of a plan at once (owned by the concerned module).
CREATE TABLE concerned_invitation (
    id          bigserial   PRIMARY KEY,
    plan_id     bigint      NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    invited_by  text        NOT NULL,
    invited_at  timestamptz NOT NULL DEFAULT now(),
    emails      integer     NOT NULL,
    letters     integer     NOT NULL
);
CREATE INDEX concerned_invitation_plan_idx ON concerned_invitation (plan_id, invited_at);
