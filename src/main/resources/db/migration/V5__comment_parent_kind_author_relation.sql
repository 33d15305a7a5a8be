-- A comment says what its parent is (an issue or a change request), as the connector read it: GitLab's issue #7 and
-- merge request !7 coexist, and a key's shape is no way to tell them apart.
ALTER TABLE comment_event ADD COLUMN parent_kind VARCHAR(16);
-- Comments stored before: review comments, and those whose parent key is a stored change request, are on one (GitHub
-- issues and pulls share one number space; GitLab merge request keys are "!N"; Gitee pull numbers are never issue
-- numbers); the rest are on issues.
UPDATE comment_event SET parent_kind = 'CHANGE_REQUEST'
    WHERE review = TRUE OR EXISTS (SELECT 1 FROM change_request c
        WHERE c.project_id = comment_event.project_id AND c.cr_key = comment_event.parent_key);
UPDATE comment_event SET parent_kind = 'ISSUE' WHERE parent_kind IS NULL;
ALTER TABLE comment_event ALTER COLUMN parent_kind SET NOT NULL;

-- author_association now holds the forge-neutral AuthorRelation: GitHub's first-timer values become FIRST_TIME, its
-- placeholder for imported users (MANNEQUIN) UNKNOWN; a NULL reads as UNKNOWN.
UPDATE issue SET author_association = 'FIRST_TIME'
    WHERE author_association IN ('FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER');
UPDATE change_request SET author_association = 'FIRST_TIME'
    WHERE author_association IN ('FIRST_TIME_CONTRIBUTOR', 'FIRST_TIMER');
UPDATE issue SET author_association = 'UNKNOWN' WHERE author_association = 'MANNEQUIN';
UPDATE change_request SET author_association = 'UNKNOWN' WHERE author_association = 'MANNEQUIN';
