-- Residents' homes (owned by the concerned module): one home per person, chosen by pand, address or a clicked point,
-- unconfirmed until the one-time letter code comes back (or a verified OIDC address claim). The code is kept in plain
-- text only while it waits to be printed and used (the municipality prints it on a letter); its hash stays after use so
-- a reused code is told apart from a wrong one.
CREATE TABLE resident_home (
    id              bigserial        PRIMARY KEY,
    email           text             NOT NULL UNIQUE CHECK (email = lower(email)),
    pand_id         text             NOT NULL,
    address_id      text,            -- BAG nummeraanduiding, when known
    address_label   text,
    x               double precision NOT NULL, -- RD New
    y               double precision NOT NULL,
    chosen_at       timestamptz      NOT NULL DEFAULT now(),
    code            text,            -- the letter code while unconfirmed and unexpired
    code_hash       text,            -- SHA-256 of the code (kept after use)
    code_expires_at timestamptz,
    confirmed_at    timestamptz,
    confirmed_via   text             CHECK (confirmed_via IN ('letter-code', 'oidc-claim'))
);
CREATE INDEX resident_home_pand_idx ON resident_home (pand_id);
