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
