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
import io.forgepulse.domain.ProjectId;
import io.forgepulse.store.ActiveDataSource;
import io.forgepulse.store.HarvestRunStore;
import io.forgepulse.store.StoredProject;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs harvests. With the schedule on, through db-scheduler on the store's own database: one task instance per
 * project ({@code harvest}/project id) in {@code harvest_schedule}, due every {@code forgepulse.harvest.interval}.
 * Whichever instance is free claims a due project (PostgreSQL: {@code FOR UPDATE SKIP LOCKED}), so a project's
 * harvest runs on exactly one instance at a time, at most {@code forgepulse.harvest.threads} at once per instance; a
 * claim is renewed by heartbeats, and one whose instance died is taken over by another (its run marked interrupted,
 * the harvest resuming from the stored cursor). "Harvest now" makes the project due at once, for whichever instance
 * is free. With the schedule off (tests), harvests run on a local pool when asked for.
 */
@ApplicationScoped
public class HarvestScheduler {

    private static final Logger LOG = Logger.getLogger(HarvestScheduler.class);
    static final String TASK = "harvest";

    private final ProjectRegistry registry;
    private final HarvestStep step;
    private final PipelineConfig config;
    private final ActiveDataSource dataSource;
    private final InstanceName instance;
    private final HarvestRunStore runs;
    private final Clock clock;
    private final CustomTask<Void> task;
    private volatile Scheduler scheduler;
    private volatile ExecutorService onDemand;

    @Inject
    HarvestScheduler(ProjectRegistry registry, HarvestStep step, PipelineConfig config, ActiveDataSource dataSource,
            InstanceName instance, HarvestRunStore runs, Clock clock) {
        this.registry = registry;
        this.step = step;
        this.config = config;
        this.dataSource = dataSource;
        this.instance = instance;
        this.runs = runs;
        this.clock = clock;
        this.task = Tasks.custom(TASK, Void.class)
                .onFailure(this::afterRun)
                .onDeadExecution(this::takeOver)
                .execute((taskInstance, context) -> harvestClaimed(taskInstance.getId()));
    }

    /**
     * Starts claiming due harvests and makes sure every tracked project has its schedule entry: a new project (and,
     * with {@code dueNow}, every project) is due at once.
     */
    void start(List<StoredProject> projects, boolean dueNow) {
        var builder = Scheduler.create(dataSource.dataSource(), List.of(task))
                .tableName("harvest_schedule")
                .schedulerName(new SchedulerName.Fixed(instance.value()))
                .threads(config.harvest().threads())
                .pollingInterval(config.harvest().poll())
                .heartbeatInterval(config.harvest().heartbeat())
                .missedHeartbeatsLimit(6)
                .alwaysPersistTimestampInUTC()
                .enableImmediateExecution()
                .shutdownMaxWait(Duration.ofSeconds(5));
        if (!dataSource.exclusive()) {
            // Claim with SELECT ... FOR UPDATE SKIP LOCKED: instances never contend on one row, nor claim it twice.
            builder.pollUsingLockAndFetch(0.5, 1.0);
        }
        Scheduler started = builder.build();
        for (StoredProject project : projects) {
            TaskInstance<Void> entry = task.instance(project.id().value());
            if (dueNow) {
                reschedule(started, entry);
            } else {
                started.scheduleIfNotExists(entry, clock.instant());
            }
        }
        started.start();
        scheduler = started;
        LOG.infof("harvest schedule started as instance %s (%d threads)", instance.value(), config.harvest().threads());
    }

    private CompletionHandler<Void> harvestClaimed(String projectId) {
        Optional<StoredProject> project = registry.find(ProjectId.parse(projectId));
        if (project.isEmpty()) {
            // Deleted, or no longer in forgepulse.track: its schedule entry goes too.
            return (complete, operations) -> operations.remove();
        }
        try {
            step.harvest(project.get());
        } catch (Throwable e) {
            // Even recording the outcome failed (the database is down, say): logged, and due again next interval.
            LOG.errorf(e, "%s: harvest could not be recorded", projectId);
        }
        return this::afterRun;
    }

    private void afterRun(ExecutionComplete complete, ExecutionOperations<Void> operations) {
        operations.reschedule(complete, clock.instant().plus(config.harvest().interval()));
    }

    /**
     * The instance that claimed this project stopped renewing its claim (it was killed, or lost the database): its
     * running harvest of the project is marked interrupted, and the project is due at once for whoever is free.
     */
    private void takeOver(ExecutionComplete complete, ExecutionOperations<Void> operations) {
        String dead = complete.getExecution().pickedBy;
        ProjectId project = ProjectId.parse(complete.getExecution().taskInstance.getId());
        int marked = dead == null ? 0 : runs.markInterrupted(project, dead, clock.instant());
        LOG.infof("%s: instance %s stopped renewing its claim; taken over (%d run(s) marked interrupted)", project,
                dead, marked);
        operations.reschedule(complete, clock.instant());
    }

    /** Harvests every tracked project in turn, on the calling thread; each project's failure is recorded and isolated. */
    public void harvestAll() {
        for (StoredProject project : registry.all()) {
            try {
                step.harvest(project);
            } catch (Throwable e) {
                LOG.errorf(e, "%s: harvest could not be recorded", project.id());
            }
        }
    }

    /**
     * Asks for a harvest of one project and returns at once: with the schedule on, the project is due now for
     * whichever instance is free (nothing changes while it is being harvested); otherwise it runs on the local pool,
     * skipped if the project is untracked meanwhile.
     */
    public void harvestSoon(StoredProject project) {
        Scheduler running = scheduler;
        if (running != null) {
            reschedule(running, task.instance(project.id().value()));
            return;
        }
        executor().execute(logged(project.id() + ": harvest",
                () -> registry.find(project.id()).ifPresent(step::harvest)));
    }

    private void reschedule(Scheduler on, TaskInstance<Void> entry) {
        try {
            on.schedule(entry, clock.instant(), ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
        } catch (TaskInstanceCurrentlyExecutingException e) {
            LOG.debugf("%s: a harvest is running already", entry.getId());
        }
    }

    /**
     * The task, with whatever escapes it logged: a task given to {@code submit} would keep its failure in a future
     * nobody reads, and an uncaught one would end the pool's thread with nothing but a stack trace on stderr.
     */
    private static Runnable logged(String what, Runnable task) {
        return () -> {
            try {
                task.run();
            } catch (Throwable e) {
                LOG.errorf(e, "%s could not be recorded", what);
            }
        };
    }

    private ExecutorService executor() {
        if (onDemand == null) {
            synchronized (this) {
                if (onDemand == null) {
                    onDemand = Executors.newFixedThreadPool(config.harvest().threads(), r -> {
                        Thread t = new Thread(r, "forgepulse-harvest");
                        t.setDaemon(true);
                        return t;
                    });
                }
            }
        }
        return onDemand;
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        Scheduler running = scheduler;
        if (running != null) {
            // Stop claiming first; running harvests get a few seconds, then their claims expire and another
            // instance (or this one, restarted) resumes them from the stored cursors.
            running.stop();
        }
        if (onDemand != null) {
            onDemand.shutdownNow();
            onDemand.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
