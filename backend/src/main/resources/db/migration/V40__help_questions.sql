-- "Ik snap het niet": questions from the viewer to the municipality's case managers (planners), with the link of the
-- view the person was looking at. asked_by is the principal's name (e-mail, lower case) of a logged-in person, else
-- null; contact_email an address an anonymous visitor left for the answer. client_key is a SHA-256 hash of the client
-- address of an anonymous question, kept only to limit how many questions one address sends per hour.
CREATE TABLE help_question (
    id            bigserial   PRIMARY KEY,
    question      text        NOT NULL CHECK (length(question) BETWEEN 1 AND 2000),
    link          text        NOT NULL CHECK (length(link) <= 2000),
    panel         text        NOT NULL,
    asked_by      text,
    contact_email text,
    client_key    text,
    asked_at      timestamptz NOT NULL DEFAULT now(),
    handled_at    timestamptz,
    handled_by    text
);
CREATE INDEX help_question_newest ON help_question (asked_at DESC, id DESC);
CREATE INDEX help_question_client ON help_question (client_key, asked_at) WHERE client_key IS NOT NULL;
