-- The reads of series, medians and the activity index are bounded by a range of one instant column: each gets an
-- index on (project, instant), so a read costs the rows in its range, not the project's whole history. A first
-- response is found among the comments and reviews of an item, so those are indexed by their parent too.
CREATE INDEX release_event_published ON release_event (project_id, published_at);
CREATE INDEX issue_created ON issue (project_id, created_at);
CREATE INDEX issue_closed ON issue (project_id, closed_at);
CREATE INDEX change_request_created ON change_request (project_id, created_at);
CREATE INDEX change_request_merged ON change_request (project_id, merged_at);
CREATE INDEX comment_event_created ON comment_event (project_id, created_at);
CREATE INDEX comment_event_parent ON comment_event (project_id, parent_kind, parent_key);
CREATE INDEX review_event_change_request ON review_event (project_id, cr_key);

-- A project's data version, raised in the same transaction as every write of its events or people: a read cache
-- (each instance's own) keeps an answer only while the version it was computed at is still the stored one, so no
-- instance serves an answer older than the last committed write, whichever instance made it.
ALTER TABLE project ADD COLUMN data_version BIGINT DEFAULT 0 NOT NULL;
