-- The daily digest. Items get a per-person sequence number from notification_digest_state (the row is locked while
-- an item is added and while a digest is made, so numbers commit in order); a digest takes every item above the
-- person's watermark (sent_through) and moves the watermark in the same transaction that queues the mail. A late or
-- skipped run therefore neither loses nor repeats an item.
CREATE TABLE notification_digest_state (
    email        text        PRIMARY KEY,
    last_seq     bigint      NOT NULL DEFAULT 0,
    sent_through bigint      NOT NULL DEFAULT 0,
    last_sent_at timestamptz
);

CREATE TABLE notification_digest_item (
    email      text        NOT NULL,
    seq        bigint      NOT NULL,
    event_key  text        NOT NULL,
    kind       text        NOT NULL,
    plan_id    bigint      NOT NULL,
    plan_title text        NOT NULL,
    title      text        NOT NULL,
    text       text        NOT NULL,
    link       text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (email, seq)
);
