-- The audit trail: who did what, when, on which plan (if any). Modules write through nl.stip.audit.AuditTrail; planners
-- read it. It never holds the content of private comments, statements or mails: only the act and short facts
-- (a role, an e-mail address invited, a reason given for a publication decision).
CREATE TABLE audit_entry (
    id      bigserial   PRIMARY KEY,
    at      timestamptz NOT NULL DEFAULT now(),
    actor   text        NOT NULL,
    action  text        NOT NULL,
    plan_id bigint,     -- no foreign key: the trail outlives a deleted plan
    subject text,       -- whom or what the act concerns (e.g. the invited address)
    detail  text
);
CREATE INDEX audit_entry_plan_idx ON audit_entry (plan_id, at);
