-- Login throttling per client address as well as per e-mail address (AccountService): a failure records both.
ALTER TABLE login_failure ADD COLUMN client text NOT NULL DEFAULT '';
CREATE INDEX login_failure_client ON login_failure (client, failed_at);

-- Raised whenever the password changes (a completed reset or invitation): a session that logged in at an older epoch
-- is ended on its next request (SessionCredentialsFilter), on every instance.
ALTER TABLE account ADD COLUMN credentials_epoch bigint NOT NULL DEFAULT 0;

-- LOGIN: a mailed one-time login link, for an owner whose account is throttled by someone else's failures.
ALTER TABLE account_token DROP CONSTRAINT account_token_purpose_check;
ALTER TABLE account_token ADD CONSTRAINT account_token_purpose_check CHECK (purpose IN ('VERIFY', 'RESET', 'LOGIN'));

-- Mails that anyone can cause to be sent to an address (reset, "already registered", login link), to rate-limit them
-- per address; rows older than a day are deleted as new ones are written.
CREATE TABLE account_mail (
    recipient text        NOT NULL,
    kind      text        NOT NULL,
    sent_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX account_mail_recipient ON account_mail (recipient, kind, sent_at);
