package io.forgepulse.store;

import io.forgepulse.domain.ProjectId;
import java.time.Instant;

/**
 * One harvest of one project.
 *
 * @param outcome {@code running}, {@code success}, {@code failure}, or {@code interrupted} (the process stopped mid-run)
 * @param written rows the run inserted or changed
 * @param message why it failed, without secrets; null on success
 */
public record HarvestRun(long id, ProjectId project, Instant startedAt, Instant finishedAt, String outcome,
        Long durationMillis, EventsWritten written, String message) {

    public static final String RUNNING = "running";
    public static final String SUCCESS = "success";
    public static final String FAILURE = "failure";
    public static final String INTERRUPTED = "interrupted";
}
