-- forgepulse schema, portable across H2 2.x and PostgreSQL 15+: standard types only, no vendor upserts.
-- Natural keys from the source (project + sha / number / tag) make every write an idempotent MERGE.
-- Instants are TIMESTAMP WITH TIME ZONE written in UTC; the author's own offset is kept in a separate column
-- because PostgreSQL normalises timestamptz and would lose it.

CREATE TABLE project (
    id            VARCHAR(200)  NOT NULL PRIMARY KEY,
    forge         VARCHAR(16)   NOT NULL,
    path          VARCHAR(180)  NOT NULL,
    location      VARCHAR(2000),
    origin        VARCHAR(16)   NOT NULL, -- 'config' (forgepulse.track) or 'api' (POST /api/v1/projects)
    added_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE project_snapshot (
    project_id     VARCHAR(200) NOT NULL PRIMARY KEY REFERENCES project (id) ON DELETE CASCADE,
    taken_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    default_branch VARCHAR(255),
    head_sha       VARCHAR(64),
    stars          INTEGER,
    forks          INTEGER,
    watchers       INTEGER,
    open_issues    INTEGER,
    archived       BOOLEAN,
    created_at     TIMESTAMP WITH TIME ZONE,
    owner_type     VARCHAR(16)  NOT NULL,
    owner          VARCHAR(255),
    license_spdx   VARCHAR(100),
    topics         VARCHAR(4000) -- comma-separated
);

CREATE TABLE project_file (
    project_id VARCHAR(200)  NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    kind       VARCHAR(40)   NOT NULL,
    path       VARCHAR(1000) NOT NULL,
    bytes      BIGINT        NOT NULL,
    detail     VARCHAR(200),
    PRIMARY KEY (project_id, kind, path)
);

CREATE TABLE person (
    project_id   VARCHAR(200) NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    person_key   VARCHAR(320) NOT NULL,
    name         VARCHAR(300),
    organization VARCHAR(300),
    bot          BOOLEAN      NOT NULL,
    PRIMARY KEY (project_id, person_key)
);

-- One row per distinct (name, e-mail, login) seen in a project's events, pointing at its merged person.
CREATE TABLE identity (
    project_id VARCHAR(200) NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    email      VARCHAR(320) NOT NULL,
    name       VARCHAR(300) NOT NULL,
    login      VARCHAR(100) NOT NULL, -- '' when the source has no logins (plain git)
    person_key VARCHAR(320) NOT NULL,
    PRIMARY KEY (project_id, email, name, login)
);

CREATE TABLE commit_event (
    project_id            VARCHAR(200) NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    sha                   VARCHAR(64)  NOT NULL,
    author_name           VARCHAR(300) NOT NULL,
    author_email          VARCHAR(320) NOT NULL,
    authored_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    author_offset_seconds INTEGER      NOT NULL,
    committer_name        VARCHAR(300) NOT NULL,
    committer_email       VARCHAR(320) NOT NULL,
    committed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    committer_offset_seconds INTEGER   NOT NULL,
    files_changed         INTEGER      NOT NULL,
    lines_added           INTEGER      NOT NULL,
    lines_deleted         INTEGER      NOT NULL,
    signed                BOOLEAN      NOT NULL,
    signed_off_by         VARCHAR(4000), -- newline-separated trailer values, null when none
    PRIMARY KEY (project_id, sha)
);
CREATE INDEX commit_event_authored ON commit_event (project_id, authored_at);

CREATE TABLE release_event (
    project_id     VARCHAR(200) NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    tag            VARCHAR(255) NOT NULL,
    published_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    offset_seconds INTEGER      NOT NULL,
    annotated      BOOLEAN      NOT NULL,
    signed         BOOLEAN      NOT NULL,
    has_notes      BOOLEAN      NOT NULL,
    PRIMARY KEY (project_id, tag)
);

CREATE TABLE issue (
    project_id         VARCHAR(200) NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    issue_key          VARCHAR(64)  NOT NULL,
    author             VARCHAR(100),
    author_bot         BOOLEAN      NOT NULL,
    author_association VARCHAR(32),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at          TIMESTAMP WITH TIME ZONE,
    first_response_at  TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (project_id, issue_key)
);

CREATE TABLE change_request (
    project_id         VARCHAR(200) NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    cr_key             VARCHAR(64)  NOT NULL,
    author             VARCHAR(100),
    author_bot         BOOLEAN      NOT NULL,
    author_association VARCHAR(32),
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at          TIMESTAMP WITH TIME ZONE,
    merged_at          TIMESTAMP WITH TIME ZONE,
    merged_by          VARCHAR(100),
    first_response_at  TIMESTAMP WITH TIME ZONE,
    reviewed_by_other  BOOLEAN      NOT NULL,
    PRIMARY KEY (project_id, cr_key)
);

CREATE TABLE comment_event (
    project_id  VARCHAR(200) NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    comment_key VARCHAR(64)  NOT NULL,
    parent_key  VARCHAR(64)  NOT NULL,
    author      VARCHAR(100),
    author_bot  BOOLEAN      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    review      BOOLEAN      NOT NULL,
    PRIMARY KEY (project_id, comment_key)
);

CREATE TABLE review_event (
    project_id   VARCHAR(200) NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    review_key   VARCHAR(64)  NOT NULL,
    cr_key       VARCHAR(64)  NOT NULL,
    author       VARCHAR(100),
    author_bot   BOOLEAN      NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    state        VARCHAR(32),
    PRIMARY KEY (project_id, review_key)
);

CREATE TABLE harvest_cursor (
    project_id VARCHAR(200)  NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    stream     VARCHAR(40)   NOT NULL,
    position_value VARCHAR(20000) NOT NULL,
    PRIMARY KEY (project_id, stream)
);

CREATE TABLE harvest_run (
    id            BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    project_id    VARCHAR(200) NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at   TIMESTAMP WITH TIME ZONE,
    outcome       VARCHAR(16)  NOT NULL, -- running, success, failure, interrupted
    duration_ms   BIGINT,
    commits       INTEGER      NOT NULL,
    releases      INTEGER      NOT NULL,
    issues        INTEGER      NOT NULL,
    change_requests INTEGER    NOT NULL,
    comments      INTEGER      NOT NULL,
    reviews       INTEGER      NOT NULL,
    message       VARCHAR(2000)
);
CREATE INDEX harvest_run_project ON harvest_run (project_id, started_at);

CREATE TABLE score_card (
    id                 BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    project_id         VARCHAR(200) NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    ruleset            VARCHAR(40)  NOT NULL,
    card_day           DATE         NOT NULL, -- one card per project, ruleset and UTC day (score history)
    computed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    activity           DOUBLE PRECISION,
    activity_coverage  DOUBLE PRECISION NOT NULL,
    diversity          DOUBLE PRECISION,
    diversity_coverage DOUBLE PRECISION NOT NULL,
    maturity           DOUBLE PRECISION,
    maturity_coverage  DOUBLE PRECISION NOT NULL,
    level              VARCHAR(16)  NOT NULL,
    provisional_gates  VARCHAR(1000), -- comma-separated
    decision_mode      VARCHAR(32),
    participation_mode VARCHAR(32),
    license_family     VARCHAR(32),
    CONSTRAINT score_card_day UNIQUE (project_id, ruleset, card_day)
);

-- A card's explanation: every criterion (leaf, signal, metric) and reported measure.
CREATE TABLE score_detail (
    card_id  BIGINT       NOT NULL REFERENCES score_card (id) ON DELETE CASCADE,
    kind     VARCHAR(16)  NOT NULL, -- criterion or measure
    name     VARCHAR(80)  NOT NULL,
    score    DOUBLE PRECISION,
    val      VARCHAR(1000),
    evidence VARCHAR(2000),
    PRIMARY KEY (card_id, kind, name)
);
