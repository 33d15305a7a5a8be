package io.forgepulse.pipeline;

import io.forgepulse.store.StoredProject;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.Scheduled.ConcurrentExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Runs harvests: every tracked project at start-up and then every {@code forgepulse.harvest.interval}, and single
 * projects on request ("harvest now"), off the request thread so serving never waits on harvesting.
 */
@ApplicationScoped
public class HarvestScheduler {

    private static final Logger LOG = Logger.getLogger(HarvestScheduler.class);

    private final ProjectRegistry registry;
    private final HarvestStep step;
    private final PipelineConfig config;
    private volatile ExecutorService onDemand;
    private volatile boolean stopping;

    @Inject
    HarvestScheduler(ProjectRegistry registry, HarvestStep step, PipelineConfig config) {
        this.registry = registry;
        this.step = step;
        this.config = config;
    }

    // The start-up harvest is queued by StartupTasks once the configured projects are stored; the schedule takes
    // over one interval later (relying on the scheduler's first firing raced with start-up).
    @Scheduled(identity = "harvest-all", every = "${forgepulse.harvest.interval:1h}",
            delayed = "${forgepulse.harvest.interval:1h}",
            concurrentExecution = ConcurrentExecution.SKIP, skipExecutionIf = ScheduleOff.class)
    void scheduled() {
        harvestAll();
    }

    /** Harvests every tracked project in turn; each project's failure is recorded and isolated. */
    public void harvestAll() {
        for (StoredProject project : registry.all()) {
            if (stopping) {
                // Shutting down: the next harvests would only fail, one log line each, on a closing store.
                return;
            }
            try {
                step.harvest(project);
            } catch (Throwable e) {
                // Even recording the outcome failed (e.g. the database is down, or memory ran out while recording):
                // log and go on with the next project.
                LOG.errorf(e, "%s: harvest could not be recorded", project.id());
            }
        }
    }

    /** Queues a harvest of every tracked project and returns at once. */
    void harvestAllSoon() {
        executor().execute(logged("the harvest of every project", this::harvestAll));
    }

    /** Queues a harvest of one project and returns at once; it is skipped if the project is untracked meanwhile. */
    public void harvestSoon(StoredProject project) {
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
        if (onDemand != null) {
            onDemand.shutdownNow();
            onDemand.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    /** Skips the schedule when {@code forgepulse.harvest.scheduled=false}. */
    @ApplicationScoped
    static class ScheduleOff implements Scheduled.SkipPredicate {

        private final PipelineConfig config;

        @Inject
        ScheduleOff(PipelineConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !config.harvest().scheduled();
        }
    }
}
