package io.forgepulse.pipeline;

import io.forgepulse.metrics.HarvestMeters;
import io.forgepulse.store.HarvestRunStore;
import io.forgepulse.store.StoredProject;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Start-up: runs a stopped process left "running" become "interrupted", the configured projects are synced, the
 * gauges show the stored scores so dashboards survive restarts, and then the first harvest of every project is
 * queued.
 */
@ApplicationScoped
class StartupTasks {

    private static final Logger LOG = Logger.getLogger(StartupTasks.class);

    private final HarvestRunStore runs;
    private final ProjectRegistry registry;
    private final ScoreStep scoreStep;
    private final HarvestMeters meters;
    private final HarvestScheduler scheduler;
    private final PipelineConfig config;
    private final Clock clock;

    @Inject
    StartupTasks(HarvestRunStore runs, ProjectRegistry registry, ScoreStep scoreStep, HarvestMeters meters,
            HarvestScheduler scheduler, PipelineConfig config, Clock clock) {
        this.scheduler = scheduler;
        this.runs = runs;
        this.registry = registry;
        this.scoreStep = scoreStep;
        this.meters = meters;
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
        for (StoredProject project : registry.all()) {
            try {
                scoreStep.republish(project.id());
                runs.latestSuccess(project.id()).ifPresent(r -> meters.lastSuccess(project.id(), r.finishedAt()));
            } catch (RuntimeException e) {
                LOG.warnf("%s: stored scores could not be published: %s", project.id(), e.getMessage());
            }
        }
        if (config.harvest().scheduled()) {
            scheduler.harvestAllSoon();
        }
    }
}
