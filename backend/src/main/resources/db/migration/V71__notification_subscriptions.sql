-- Areas people subscribe to (notifications module). kind circle: a centre and a radius; home: the same around the
-- person's confirmed home at the time of subscribing; polygon: a drawn area. "area" is what is matched (RD New): the
-- polygon itself, or for a circle its buffer, whose bounding box is the circle's, so the GiST index finds candidates
-- and the exact test (ST_DWithin on the centre, edge included) decides.
CREATE TABLE notification_subscription (
    id         bigserial   PRIMARY KEY,
    email      text        NOT NULL CHECK (email = lower(email)),
    kind       text        NOT NULL CHECK (kind IN ('circle', 'home', 'polygon')),
    label      text        CHECK (char_length(label) <= 80),
    centre     geometry(Point, 28992),
    radius_m   double precision CHECK (radius_m BETWEEN 50 AND 5000),
    area       geometry(Geometry, 28992) NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CHECK ((kind = 'polygon') = (centre IS NULL AND radius_m IS NULL))
);
CREATE INDEX notification_subscription_area_idx ON notification_subscription USING gist (area);
CREATE INDEX notification_subscription_email_idx ON notification_subscription (email);

-- People who follow a published plan explicitly (owners and members follow their plans without a row).
CREATE TABLE notification_follow (
    email      text        NOT NULL CHECK (email = lower(email)),
    plan_id    bigint      NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (plan_id, email)
);
CREATE INDEX notification_follow_email_idx ON notification_follow (email);
