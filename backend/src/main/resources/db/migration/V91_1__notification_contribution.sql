-- Notifications (module notifications) that show a contribution of a participation round name it, so that when
-- moderation hides the contribution its notices are hidden from everyone (and shown again when it is restored).
-- The new kinds: a reply to one's own contribution, moderation of one's own contribution, and (for planners)
-- moderation decisions and appeals.
ALTER TABLE notification ADD COLUMN contribution_id bigint;
ALTER TABLE notification ADD COLUMN hidden_at timestamptz;
CREATE INDEX notification_contribution_idx ON notification (contribution_id) WHERE contribution_id IS NOT NULL;
DROP INDEX notification_email_idx;
CREATE INDEX notification_email_idx ON notification (email, created_at DESC, id DESC) WHERE hidden_at IS NULL;
DROP INDEX notification_unread_idx;
CREATE INDEX notification_unread_idx ON notification (email) WHERE read_at IS NULL AND hidden_at IS NULL;
ALTER TABLE notification_digest_item ADD COLUMN contribution_id bigint;

ALTER TABLE notification_preference DROP CONSTRAINT notification_preference_kind_check;
ALTER TABLE notification_preference ADD CONSTRAINT notification_preference_kind_check CHECK (kind IN ('plan-published-nearby',
    'followed-plan-phase', 'round-opened', 'round-closed', 'decision', 'round-reply', 'my-contribution', 'round-moderation'));
