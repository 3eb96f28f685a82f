-- What was delivered: one row per (event, person, channel), written in the same transaction as the delivery itself
-- (the notification, the queued mail, the digest item), so a re-delivered event finds its row and sends nothing twice.
CREATE TABLE notification_delivery (
    event_key    text        NOT NULL,
    email        text        NOT NULL,
    channel      text        NOT NULL CHECK (channel IN ('in-app', 'email', 'email-digest')),
    delivered_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (event_key, email, channel)
);

-- The notification centre: plain-text Dutch title and text, and a link that opens the plan in 3D.
CREATE TABLE notification (
    id         bigserial   PRIMARY KEY,
    email      text        NOT NULL,
    event_key  text        NOT NULL,
    kind       text        NOT NULL,
    plan_id    bigint      NOT NULL,
    title      text        NOT NULL,
    text       text        NOT NULL,
    link       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    read_at    timestamptz,
    UNIQUE (event_key, email)
);
CREATE INDEX notification_email_idx ON notification (email, created_at DESC, id DESC);
CREATE INDEX notification_unread_idx ON notification (email) WHERE read_at IS NULL;
