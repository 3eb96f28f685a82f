-- Mail waiting for the SMTP server. A mail is queued in the same transaction as what caused it (a sign-up, a reset),
-- handed to SMTP after commit, and deleted once the server accepted it; while the server is down it stays here and is
-- retried with back-off. (In the local run without SMTP, mail goes to outbox_mail instead and this stays empty.)
CREATE TABLE mail_queue (
    id              bigserial   PRIMARY KEY,
    recipient       text        NOT NULL,
    subject         text        NOT NULL,
    body            text        NOT NULL,
    queued_at       timestamptz NOT NULL DEFAULT now(),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    last_error      text
);
CREATE INDEX mail_queue_due ON mail_queue (next_attempt_at);
