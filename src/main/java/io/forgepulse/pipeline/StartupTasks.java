package io.forgepulse.pipeline;

import io.forgepulse.store.HarvestRunStore;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Start-up: runs a stopped process left "running" become "interrupted" and the configured projects are synced; then,
 * in the background ({@link StartupRescoring}), the gauges show the stored scores so dashboards survive restarts, and
 * the first harvest of every project is queued once that is done.
 */
@ApplicationScoped
class StartupTasks {

    private static final Logger LOG = Logger.getLogger(StartupTasks.class);

    private final HarvestRunStore runs;
    private final ProjectRegistry registry;
    private final StartupRescoring rescoring;
    private final HarvestScheduler scheduler;
    private final PipelineConfig config;
    private final Clock clock;

    @Inject
    StartupTasks(HarvestRunStore runs, ProjectRegistry registry, StartupRescoring rescoring,
            HarvestScheduler scheduler, PipelineConfig config, Clock clock) {
        this.scheduler = scheduler;
        this.runs = runs;
        this.registry = registry;
        this.rescoring = rescoring;
        this.config = config;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event) {
        int interrupted = runs.markInterrupted(clock.instant());
        if (interrupted > 0) {
            LOG.infof("%d harvest run(s) were interrupted by the last stop; they resume from their stored cursors",
                    interrupted);
        }
        registry.syncConfigured(config.track().orElse(List.of()));
        // Work per project runs after HTTP is up: start-up itself does not grow with the number of projects.
        rescoring.start(registry.all()).whenComplete((ok, e) -> {
            if (config.harvest().scheduled()) {
                scheduler.harvestAllSoon();
            }
        });
    }
}
