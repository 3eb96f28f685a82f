-- Per person and kind of event the channel chosen; a kind without a row has the default (NotificationKind).
CREATE TABLE notification_preference (
    email      text        NOT NULL CHECK (email = lower(email)),
    kind       text        NOT NULL CHECK (kind IN ('plan-published-nearby', 'followed-plan-phase', 'round-opened', 'round-closed', 'decision')),
    channel    text        NOT NULL CHECK (channel IN ('in-app', 'email', 'email-digest', 'none')),
    changed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (email, kind)
);
