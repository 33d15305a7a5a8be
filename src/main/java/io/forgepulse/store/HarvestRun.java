package io.forgepulse.store;

import io.forgepulse.domain.ProjectId;
import java.time.Instant;

/**
 * One harvest of one project.
 *
 * @param outcome {@code running}, {@code success}, {@code failure}, {@code stopped} (the run ended early, its budget
 *     spent or a rate-limit wait too long, and the next one resumes from its cursor), or {@code interrupted} (the
 *     process running it stopped or died mid-run)
 * @param written rows the run inserted or changed
 * @param message why it failed or stopped, without secrets; null on success
 * @param instance the instance that ran it (its scheduler name); null for runs stored before instances were named
 * @param itemsExpected how many items the run expected to store, where its source said; null when it did not
 */
public record HarvestRun(long id, ProjectId project, Instant startedAt, Instant finishedAt, String outcome,
        Long durationMillis, EventsWritten written, String message, String instance, Integer itemsExpected) {

    public static final String RUNNING = "running";
    public static final String SUCCESS = "success";
    public static final String FAILURE = "failure";
    public static final String STOPPED = "stopped";
    public static final String INTERRUPTED = "interrupted";
}
