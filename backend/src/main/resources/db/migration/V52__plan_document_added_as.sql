-- Documents say which part added them (owner, co-editor or municipality), never the person; older rows follow the owner rule.
ALTER TABLE plan_document ADD COLUMN uploaded_as text CHECK (uploaded_as IN ('owner', 'co-editor', 'municipality'));
