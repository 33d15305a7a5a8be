-- Scoring reads the events of its windows and aggregates over the rest (docs/scoring.md, "What a card reads"): the
-- issues updated and the change requests closed since an instant, and each commit author's first and last commit
-- and count, come from these indexes instead of every row of the project.
CREATE INDEX issue_updated ON issue (project_id, updated_at);
CREATE INDEX change_request_closed ON change_request (project_id, closed_at);
CREATE INDEX commit_event_author ON commit_event (project_id, author_email, author_name, authored_at);
CREATE INDEX review_event_submitted ON review_event (project_id, submitted_at);
