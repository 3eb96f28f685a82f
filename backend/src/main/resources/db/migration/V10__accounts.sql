-- Accounts with one role each; the e-mail address (lower-case) is the login name and the owner key other modules use.
CREATE TABLE account (
    id            bigserial PRIMARY KEY,
    email         text        NOT NULL UNIQUE CHECK (email = lower(email)),
    display_name  text        NOT NULL,
    password_hash text,       -- null: no local password (invited and not yet set, or OpenID Connect only)
    role          text        NOT NULL CHECK (role IN ('INITIATOR', 'RESIDENT', 'PLANNER', 'ADVISOR')),
    verified      boolean     NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- Single-use tokens from mails (verify the address, reset or set the password). Only a SHA-256 hash is stored.
CREATE TABLE account_token (
    token_hash text        PRIMARY KEY,
    account_id bigint      NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose    text        NOT NULL CHECK (purpose IN ('VERIFY', 'RESET')),
    expires_at timestamptz NOT NULL,
    used_at    timestamptz
);

-- Failed logins per e-mail address, for throttling; rows older than the window are deleted as they are read.
CREATE TABLE login_failure (
    email     text        NOT NULL,
    failed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX login_failure_email ON login_failure (email, failed_at);

-- Mails kept instead of sent when no SMTP server is configured (local runs); planners read them.
CREATE TABLE outbox_mail (
    id        bigserial   PRIMARY KEY,
    recipient text        NOT NULL,
    subject   text        NOT NULL,
    body      text        NOT NULL,
    sent_at   timestamptz NOT NULL DEFAULT now()
);
