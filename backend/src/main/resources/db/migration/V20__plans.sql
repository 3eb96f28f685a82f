-- Plan dossiers: an initiator's plan with its place on the journey, its design versions and documents.
-- "version" is the number of the current design version (0: none yet) and doubles as the row version for optimistic
-- concurrency: a save is UPDATE ... SET version = version + 1 WHERE id = ? AND version = <the version it was based on>.
CREATE TABLE plan (
    id                  bigserial   PRIMARY KEY,
    title               text        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 120),
    description         text        NOT NULL DEFAULT '' CHECK (char_length(description) <= 4000),
    activity            text        NOT NULL,
    parcel_ids          bigint[]    NOT NULL DEFAULT '{}',
    parcels_from_design boolean     NOT NULL,
    owner_email         text        NOT NULL,
    phase               text        NOT NULL,
    version             integer     NOT NULL DEFAULT 0 CHECK (version >= 0),
    created_at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX plan_owner_idx ON plan (owner_email);

-- Track & Trace: every time a plan entered a phase.
CREATE TABLE plan_phase_entry (
    id         bigserial   PRIMARY KEY,
    plan_id    bigint      NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    phase      text        NOT NULL,
    entered_at timestamptz NOT NULL DEFAULT now(),
    entered_by text        NOT NULL
);
CREATE INDEX plan_phase_entry_plan_idx ON plan_phase_entry (plan_id, entered_at);

-- Every save of a design is a new version, with the summary of its check at the time of saving.
CREATE TABLE plan_version (
    plan_id          bigint      NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    version          integer     NOT NULL CHECK (version >= 1),
    saved_at         timestamptz NOT NULL DEFAULT now(),
    saved_by         text        NOT NULL,
    design           jsonb       NOT NULL,
    volumes          jsonb       NOT NULL, -- per volume: area (m², RD New), base height, height, roof, eaves
    compliant        boolean     NOT NULL,
    failed           integer     NOT NULL,
    attention        integer     NOT NULL,
    outcome          text,                 -- null: no procedure known ("anders")
    legal_term_weeks integer,
    PRIMARY KEY (plan_id, version)
);

-- Documents of a plan (drawings, photos, 3D models), kept in the database.
CREATE TABLE plan_document (
    id           bigserial   PRIMARY KEY,
    plan_id      bigint      NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    filename     text        NOT NULL,
    content_type text        NOT NULL,
    size_bytes   bigint      NOT NULL,
    content      bytea       NOT NULL,
    uploaded_at  timestamptz NOT NULL DEFAULT now(),
    uploaded_by  text        NOT NULL
);
CREATE INDEX plan_document_plan_idx ON plan_document (plan_id);
