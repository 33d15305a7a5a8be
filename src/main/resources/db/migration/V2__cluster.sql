-- Several instances on one database (PostgreSQL; H2 also runs it, with its one process).
-- The harvest schedule is db-scheduler's table (its standard columns, under our singular name): one row per tracked
-- project (task 'harvest', instance = project id). An instance claims a due row (SELECT ... FOR UPDATE SKIP LOCKED on
-- PostgreSQL), marks it picked by its name and heartbeats it while the harvest runs; a row whose heartbeat stops is a
-- dead execution another instance takes over.
CREATE TABLE harvest_schedule (
    task_name            VARCHAR(100) NOT NULL,
    task_instance        VARCHAR(200) NOT NULL,
    task_data            BYTEA,
    execution_time       TIMESTAMP WITH TIME ZONE NOT NULL,
    picked               BOOLEAN      NOT NULL,
    picked_by            VARCHAR(100),
    last_success         TIMESTAMP WITH TIME ZONE,
    last_failure         TIMESTAMP WITH TIME ZONE,
    consecutive_failures INTEGER,
    last_heartbeat       TIMESTAMP WITH TIME ZONE,
    version              BIGINT       NOT NULL,
    priority             SMALLINT,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX harvest_schedule_execution_time ON harvest_schedule (execution_time);
CREATE INDEX harvest_schedule_last_heartbeat ON harvest_schedule (last_heartbeat);

-- The instance that ran a harvest (its scheduler name): only that instance marks its own runs interrupted, and a run
-- of an instance that died is marked by the instance that takes its project over.
ALTER TABLE harvest_run ADD COLUMN instance VARCHAR(100);

-- A configured project that left forgepulse.track is no longer tracked (not harvested, not listed) but keeps its
-- data until an admin deletes it (or forgepulse.untracked-data=delete): an instance with an older list, during a
-- rolling deploy, must not wipe what the others track. Listing it again tracks it again, data intact.
ALTER TABLE project ADD COLUMN untracked_at TIMESTAMP WITH TIME ZONE;
