package io.forgepulse.pipeline;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient.ScheduleOptions;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.ExecutionOperations;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * db-scheduler set up for harvests: one task instance per project ({@code harvest}/project id) in
 * {@code harvest_schedule}, due again one interval after each run. Whichever instance is free claims a due project
 * (PostgreSQL: {@code SELECT ... FOR UPDATE SKIP LOCKED}; H2, one process: an optimistic version check), so a
 * project runs on exactly one instance at a time, at most {@code threads} at once per instance. A claim is renewed by
 * heartbeats; one not renewed for six heartbeats belongs to a dead instance, and the instance that notices it takes
 * the project over ({@link DeadClaim}) and runs it at once.
 */
final class ClusteredSchedule {

    private static final Logger LOG = Logger.getLogger(ClusteredSchedule.class);
    static final String TASK = "harvest";
    static final int MISSED_HEARTBEATS = 6;

    /** Runs one claimed project; false when the project is no longer tracked (its entry is then removed). */
    interface Work {
        boolean run(String projectId);
    }

    /** Told that {@code deadInstance}'s claim on the project expired, before the project runs again. */
    interface DeadClaim {
        void takenOver(String projectId, String deadInstance);
    }

    /** Where and how fast. */
    record Settings(DataSource dataSource, boolean exclusive, String instance, int threads, Duration interval,
            Duration poll, Duration heartbeat) {
    }

    private final Settings settings;
    private final Clock clock;
    private final CustomTask<Void> task;
    private volatile Scheduler scheduler;

    ClusteredSchedule(Settings settings, Clock clock, Work work, DeadClaim deadClaim) {
        this.settings = settings;
        this.clock = clock;
        this.task = Tasks.custom(TASK, Void.class)
                .onFailure(this::dueNextInterval)
                .onDeadExecution((complete, operations) -> {
                    deadClaim.takenOver(complete.getExecution().taskInstance.getId(), complete.getExecution().pickedBy);
                    operations.reschedule(complete, clock.instant());
                })
                .execute((instance, context) -> work.run(instance.getId())
                        ? this::dueNextInterval
                        : (CompletionHandler<Void>) (complete, operations) -> operations.remove());
    }

    /** Gives every project its entry (due now when {@code dueNow}, else only new ones are) and starts claiming. */
    void start(List<String> projectIds, boolean dueNow) {
        var builder = Scheduler.create(settings.dataSource(), List.of(task))
                .tableName("harvest_schedule")
                .schedulerName(new SchedulerName.Fixed(settings.instance()))
                .threads(settings.threads())
                .pollingInterval(settings.poll())
                .heartbeatInterval(settings.heartbeat())
                .missedHeartbeatsLimit(MISSED_HEARTBEATS)
                .alwaysPersistTimestampInUTC()
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(5));
        if (!settings.exclusive()) {
            // Claim with SKIP LOCKED, at most as many as there are free threads: instances never contend on a row,
            // and one instance never hoards due projects the others could run.
            builder.pollUsingLockAndFetch(0.5, 1.0);
        }
        Scheduler built = builder.build();
        for (String id : projectIds) {
            if (dueNow) {
                dueNow(built, id);
            } else {
                built.scheduleIfNotExists(task.instance(id), clock.instant());
            }
        }
        built.start();
        scheduler = built;
    }

    boolean started() {
        return scheduler != null;
    }

    /** Makes the project due at once for whichever instance is free; nothing changes while it is running. */
    void dueNow(String projectId) {
        dueNow(scheduler, projectId);
    }

    private void dueNow(Scheduler on, String projectId) {
        TaskInstance<Void> entry = task.instance(projectId);
        try {
            on.schedule(entry, clock.instant(), ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
        } catch (TaskInstanceCurrentlyExecutingException e) {
            LOG.debugf("%s: a harvest is running already", projectId);
        }
    }

    private void dueNextInterval(ExecutionComplete complete, ExecutionOperations<Void> operations) {
        operations.reschedule(complete, clock.instant().plus(settings.interval()));
    }

    /** Stops claiming; running work gets a few seconds, then its claims expire and are taken over. */
    void stop() {
        Scheduler running = scheduler;
        if (running != null) {
            running.stop();
        }
    }
}
