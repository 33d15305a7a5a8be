package io.forgepulse.pipeline;

import io.forgepulse.store.ActiveDataSource;
import io.forgepulse.store.HarvestRunStore;
import io.forgepulse.store.HarvestScheduleStore;
import io.forgepulse.store.StoredProject;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Start-up: the runs and claims this instance left behind when it stopped are released (runs become "interrupted";
 * on the embedded database, which only one process can open, that is every run and claim) and the configured projects
 * are synced. Then, in the background ({@link StartupRescoring}), the gauges show the stored scores so dashboards
 * survive restarts, and once that is done the harvest schedule starts: on the embedded database every project is due
 * at once (the start-up harvest), on a shared one only projects that have no schedule entry yet (a rolling restart of
 * several instances does not harvest everything again).
 */
@ApplicationScoped
class StartupTasks {

    private static final Logger LOG = Logger.getLogger(StartupTasks.class);

    private final HarvestRunStore runs;
    private final HarvestScheduleStore schedule;
    private final ActiveDataSource dataSource;
    private final InstanceName instance;
    private final ProjectRegistry registry;
    private final StartupRescoring rescoring;
    private final HarvestScheduler scheduler;
    private final PipelineConfig config;
    private final Clock clock;

    @Inject
    StartupTasks(HarvestRunStore runs, HarvestScheduleStore schedule, ActiveDataSource dataSource,
            InstanceName instance, ProjectRegistry registry, StartupRescoring rescoring,
            HarvestScheduler scheduler, PipelineConfig config, Clock clock) {
        this.scheduler = scheduler;
        this.runs = runs;
        this.schedule = schedule;
        this.dataSource = dataSource;
        this.instance = instance;
        this.registry = registry;
        this.rescoring = rescoring;
        this.config = config;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        Instant now = clock.instant();
        boolean exclusive = dataSource.exclusive();
        int interrupted = exclusive ? runs.markAllInterrupted(now) : runs.markInterrupted(instance.value(), now);
        if (interrupted > 0) {
            LOG.infof("%d harvest run(s) were interrupted by the last stop; they resume from their stored cursors",
                    interrupted);
        }
        if (exclusive) {
            schedule.releaseAllClaims(now);
        } else {
            schedule.releaseClaimsOf(instance.value(), now);
        }
        registry.syncConfigured(config.track().orElse(List.of()));
        List<StoredProject> projects = registry.all();
        // Work per project runs after HTTP is up: start-up itself does not grow with the number of projects.
        rescoring.start(projects).whenComplete((ok, e) -> {
            if (config.harvest().scheduled()) {
                scheduler.start(projects, exclusive);
            }
        });
    }
}
