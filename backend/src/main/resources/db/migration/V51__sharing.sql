-- Sharing a plan: invitations by e-mail with a role, the members who accepted, private advisor comments and the
-- publication of a plan. Owned by the sharing module.
CREATE TABLE plan_invitation (
    id          bigserial   PRIMARY KEY,
    plan_id     bigint      NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    email       text        NOT NULL CHECK (email = lower(email)),
    role        text        NOT NULL CHECK (role IN ('co-editor', 'advisor', 'viewer')),
    token_hash  text        NOT NULL UNIQUE, -- SHA-256 of the single-use link's token; the token itself is only in the mail
    invited_by  text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,
    accepted_at timestamptz,
    accepted_by text,
    revoked_at  timestamptz
);
CREATE INDEX plan_invitation_plan_idx ON plan_invitation (plan_id, created_at);

CREATE TABLE plan_member (
    plan_id       bigint      NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    email         text        NOT NULL CHECK (email = lower(email)),
    role          text        NOT NULL CHECK (role IN ('co-editor', 'advisor', 'viewer')),
    invitation_id bigint      REFERENCES plan_invitation (id) ON DELETE SET NULL,
    added_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (plan_id, email)
);
CREATE INDEX plan_member_email_idx ON plan_member (email);

CREATE TABLE plan_comment (
    id             bigserial        PRIMARY KEY,
    plan_id        bigint           NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    version        integer,          -- null: on the plan as a whole
    author         text             NOT NULL,
    author_role    text             NOT NULL,
    text           text             NOT NULL CHECK (char_length(text) BETWEEN 1 AND 2000),
    anchor_lon     double precision,
    anchor_lat     double precision,
    anchor_height  double precision,
    created_at     timestamptz      NOT NULL DEFAULT now()
);
CREATE INDEX plan_comment_plan_idx ON plan_comment (plan_id, created_at);

-- No row: private. requested: the owner asked, a planner decides. rejected: a planner said no (with a reason), private.
-- published: readable by everyone. A withdrawn request or an unpublished plan deletes the row (the audit keeps it).
CREATE TABLE plan_publication (
    plan_id      bigint      PRIMARY KEY REFERENCES plan (id) ON DELETE CASCADE,
    state        text        NOT NULL CHECK (state IN ('requested', 'rejected', 'published')),
    display_name text,       -- what the public sees as the initiator; null: nothing
    requested_by text        NOT NULL,
    requested_at timestamptz NOT NULL DEFAULT now(),
    decided_by   text,
    decided_at   timestamptz,
    reason       text,
    published_at timestamptz
);
CREATE INDEX plan_publication_state_idx ON plan_publication (state);
