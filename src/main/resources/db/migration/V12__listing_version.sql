-- The project list's version: raised in the same transaction as every write of what the list shows (a project
-- tracked or not, its latest harvest run, its newest present card). An instance keeps a page of the list only while
-- the sum it was read at is still the stored one, so no instance serves a list older than the last committed write,
-- whichever instance made it. Striped by project, so writers of different projects (on any instance) rarely wait
-- for one row's lock; every stripe only grows, so the sum changes with each committed write.
CREATE TABLE listing_version (
    stripe  INTEGER NOT NULL PRIMARY KEY,
    version BIGINT  NOT NULL
);
INSERT INTO listing_version (stripe, version) VALUES (0, 0), (1, 0), (2, 0), (3, 0), (4, 0), (5, 0), (6, 0), (7, 0),
    (8, 0), (9, 0), (10, 0), (11, 0), (12, 0), (13, 0), (14, 0), (15, 0);

-- Each project's latest harvest run and newest present card, kept on its row by the transaction that writes them, so
-- the list finds them by primary key: a lookup of the newest among a project's rows read all of them on H2 (it
-- seeks on project_id and sorts; it never walks the (project_id, id) index backwards), and runs (hourly, kept 30
-- days) and present cards (one a day) grow with the project's age.
ALTER TABLE project ADD COLUMN latest_run_id BIGINT;
ALTER TABLE project ADD COLUMN present_card_id BIGINT;
UPDATE project SET latest_run_id = (SELECT MAX(r.id) FROM harvest_run r WHERE r.project_id = project.id),
    present_card_id = (SELECT c.id FROM score_card c WHERE c.project_id = project.id AND c.historical = FALSE
                       ORDER BY c.computed_at DESC, c.id DESC FETCH FIRST 1 ROWS ONLY);
