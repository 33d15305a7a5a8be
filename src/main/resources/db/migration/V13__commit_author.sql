-- Each commit author line's totals (name and e-mail as stored), kept by the transaction that writes the project's
-- commits: what scoring and the gauges read about the whole history (every author's first commit, the commit
-- count, the first and the newest commit) is one row per author line instead of an aggregate over every commit.
CREATE TABLE commit_author (
    project_id   VARCHAR(200) NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    author_email VARCHAR(320) NOT NULL,
    author_name  VARCHAR(300) NOT NULL,
    commits      BIGINT       NOT NULL,
    first_commit TIMESTAMP WITH TIME ZONE NOT NULL,
    last_commit  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (project_id, author_email, author_name)
);
INSERT INTO commit_author (project_id, author_email, author_name, commits, first_commit, last_commit)
SELECT project_id, author_email, author_name, COUNT(*), MIN(authored_at), MAX(authored_at)
FROM commit_event GROUP BY project_id, author_email, author_name;
