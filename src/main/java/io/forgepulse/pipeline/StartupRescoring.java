package io.forgepulse.pipeline;

import io.forgepulse.metrics.HarvestMeters;
import io.forgepulse.metrics.RescoringMeters;
import io.forgepulse.store.HarvestRunStore;
import io.forgepulse.store.StoredProject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import io.quarkus.runtime.ShutdownEvent;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * The start-up pass over every project, off the start-up thread so HTTP is up at once: publishes the stored cards'
 * gauges and last successes, and rescores a card of an older ruleset from the stored events, in parallel within
 * {@code forgepulse.harvest.threads}. Until a project's new card is stored, the API serves its previous one.
 * Progress: the log and {@code forgepulse_rescoring_pending}. Then each project's missing month-end cards are
 * requested ({@link MonthEndScoring}): all of them after a ruleset change, those of months that ended while the
 * service was down otherwise.
 */
@ApplicationScoped
class StartupRescoring {

    private static final Logger LOG = Logger.getLogger(StartupRescoring.class);
    /** A harvest of the project running meanwhile scores it itself; waiting this long for it is plenty. */
    private static final Duration WAIT_FOR_HARVEST = Duration.ofMinutes(10);

    private final ScoreStep scoreStep;
    private final MonthEndScoring monthEnds;
    private final HarvestStep harvests;
    private final HarvestRunStore runs;
    private final HarvestMeters harvestMeters;
    private final RescoringMeters meters;
    private final PipelineConfig config;
    private volatile ExecutorService pool;
    private volatile CompletableFuture<Void> lastPass = CompletableFuture.completedFuture(null);

    @Inject
    StartupRescoring(ScoreStep scoreStep, MonthEndScoring monthEnds, HarvestStep harvests, HarvestRunStore runs, HarvestMeters harvestMeters,
            RescoringMeters meters, PipelineConfig config) {
        this.scoreStep = scoreStep;
        this.monthEnds = monthEnds;
        this.harvests = harvests;
        this.runs = runs;
        this.harvestMeters = harvestMeters;
        this.meters = meters;
        this.config = config;
    }

    /** Starts the pass and returns at once; the future completes when every project is done. */
    CompletableFuture<Void> start(List<StoredProject> projects) {
        int threads = Math.max(1, config.harvest().threads());
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "forgepulse-rescoring");
            t.setDaemon(true);
            return t;
        });
        meters.pending(projects.size());
        long started = System.nanoTime();
        AtomicInteger finished = new AtomicInteger();
        int every = Math.max(1, projects.size() / 10);
        CompletableFuture<?>[] tasks = projects.stream().map(p -> CompletableFuture.runAsync(() -> {
            try {
                boolean done = harvests.whenIdle(p.id(), WAIT_FOR_HARVEST, () -> {
                    scoreStep.republish(p.id());
                    return true;
                }).isPresent();
                if (!done) {
                    LOG.warnf("%s: a harvest ran all the while; it stores the project's new card itself", p.id());
                }
                runs.latestSuccess(p.id()).ifPresent(r -> harvestMeters.lastSuccess(p.id(), r.finishedAt()));
                monthEnds.request(p.id());
            } catch (RuntimeException e) {
                LOG.warnf(e, "%s: stored scores could not be published", p.id());
            } finally {
                meters.done();
                int n = finished.incrementAndGet();
                if (n % every == 0 && n < projects.size()) {
                    LOG.infof("start-up scoring: %d of %d projects done", n, projects.size());
                }
            }
        }, pool)).toArray(CompletableFuture[]::new);
        lastPass = CompletableFuture.allOf(tasks).whenComplete((ok, e) -> {
            LOG.infof("start-up scoring: %d projects republished or rescored in %d ms", projects.size(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            pool.shutdown();
        });
        return lastPass;
    }

    /** The last pass started, complete when it is done (at once when none was started). */
    CompletableFuture<Void> finished() {
        return lastPass;
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        ExecutorService p = pool;
        if (p != null) {
            p.shutdownNow();
            p.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
