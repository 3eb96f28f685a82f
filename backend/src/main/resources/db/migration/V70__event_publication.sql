-- Spring Modulith's JDBC event publication registry (schema v2 for PostgreSQL, Spring Modulith 2.0), created here by
-- Flyway instead of by Modulith itself (spring.modulith.events.jdbc.schema-initialization.enabled=false). A row per
-- event and listener is written in the publisher's transaction and completed once the listener's own transaction
-- committed; incomplete rows are resubmitted on restart (spring.modulith.events.republish-outstanding-events-on-restart).
-- Owned by the notifications module, which is the first module with such listeners.
CREATE TABLE IF NOT EXISTS event_publication
(
  id                     UUID NOT NULL,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMP WITH TIME ZONE NOT NULL,
  completion_date        TIMESTAMP WITH TIME ZONE,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMP WITH TIME ZONE,
  PRIMARY KEY (id)
);
CREATE INDEX IF NOT EXISTS event_publication_serialized_event_hash_idx ON event_publication USING hash(serialized_event);
CREATE INDEX IF NOT EXISTS event_publication_by_completion_date_idx ON event_publication (completion_date);
