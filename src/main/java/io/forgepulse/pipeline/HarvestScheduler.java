package io.forgepulse.pipeline;

import io.forgepulse.domain.ProjectId;
import io.forgepulse.store.ActiveDataSource;
import io.forgepulse.store.HarvestRunStore;
import io.forgepulse.store.StoredProject;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Runs harvests. With the schedule on, through the {@link ClusteredSchedule} on the store's own database: each
 * project every {@code forgepulse.harvest.interval}, on exactly one instance at a time, a dead instance's projects
 * taken over by another (its run marked interrupted, the harvest resuming from the stored cursor); "harvest now"
 * makes the project due at once, for whichever instance is free. With the schedule off (tests), harvests run on a
 * local pool when asked for.
 */
@ApplicationScoped
public class HarvestScheduler {

    private static final Logger LOG = Logger.getLogger(HarvestScheduler.class);

    private final ProjectRegistry registry;
    private final HarvestStep step;
    private final PipelineConfig config;
    private final InstanceName instance;
    private final HarvestRunStore runs;
    private final Clock clock;
    private final StartupRescoring startupPass;
    private final ClusteredSchedule schedule;
    private volatile ExecutorService onDemand;
    private volatile boolean stopping;

    @Inject
    HarvestScheduler(ProjectRegistry registry, HarvestStep step, PipelineConfig config, ActiveDataSource dataSource,
            InstanceName instance, HarvestRunStore runs, Clock clock, StartupRescoring startupPass) {
        this.registry = registry;
        this.step = step;
        this.startupPass = startupPass;
        this.config = config;
        this.instance = instance;
        this.runs = runs;
        this.clock = clock;
        PipelineConfig.Harvest harvest = config.harvest();
        this.schedule = new ClusteredSchedule(new ClusteredSchedule.Settings(dataSource.dataSource(),
                dataSource.exclusive(), instance.value(), harvest.threads(), harvest.interval(), harvest.poll(),
                harvest.heartbeat()), clock, this::harvestClaimed, this::takeOver);
    }

    /**
     * Starts claiming due harvests and makes sure every tracked project has its schedule entry: a new project (and,
     * with {@code dueNow}, every project) is due at once.
     */
    void start(List<StoredProject> projects, boolean dueNow) {
        schedule.start(projects.stream().map(p -> p.id().value()).toList(), dueNow);
        LOG.infof("harvest schedule started as instance %s (%d threads)", instance.value(), config.harvest().threads());
    }

    private boolean harvestClaimed(String projectId) {
        Optional<StoredProject> project = registry.find(ProjectId.parse(projectId));
        if (project.isEmpty()) {
            // Deleted, or no longer in forgepulse.track: its schedule entry goes too.
            return false;
        }
        try {
            step.harvest(project.get());
        } catch (Throwable e) {
            // Even recording the outcome failed (the database is down, say): logged, and due again next interval.
            LOG.errorf(e, "%s: harvest could not be recorded", projectId);
        }
        return true;
    }

    /** The dead instance's running harvest of the project is marked interrupted; the project then runs again. */
    private void takeOver(String projectId, String deadInstance) {
        ProjectId project = ProjectId.parse(projectId);
        int marked = deadInstance == null ? 0 : runs.markInterrupted(project, deadInstance, clock.instant());
        LOG.infof("%s: instance %s stopped renewing its claim; taken over (%d run(s) marked interrupted)", project,
                deadInstance, marked);
    }

    /**
     * Harvests every tracked project in turn, on the calling thread; each project's failure is recorded and isolated.
     * It first waits for the start-up pass, which holds each project's harvest lock while it republishes: a harvest
     * meanwhile would be skipped, and "every project" would silently be fewer.
     */
    public void harvestAll() {
        try {
            startupPass.finished().get(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("the start-up pass did not end cleanly (%s); harvesting anyway", e.toString());
        }
        for (StoredProject project : registry.all()) {
            if (stopping) {
                // Shutting down: the next harvests would only fail, one log line each, on a closing store.
                return;
            }
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
        if (schedule.started()) {
            schedule.dueNow(project.id().value());
            return;
        }
        executor().execute(logged(project.id() + ": harvest",
                () -> registry.find(project.id()).ifPresent(step::harvest)));
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
        stopping = true;
        // Stop claiming first; running harvests get a few seconds, then their claims expire and another instance (or
        // this one, restarted) resumes them from the stored cursors.
        schedule.stop();
        if (onDemand != null) {
            onDemand.shutdownNow();
            onDemand.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
