package io.forgepulse.pipeline;

import io.forgepulse.domain.ProjectHistory;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.ProjectSnapshot;
import io.forgepulse.domain.ScoreCard;
import io.forgepulse.domain.UrlCredentials;
import io.forgepulse.forge.ForgeConnector;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.metrics.RescoringMeters;
import io.forgepulse.scoring.HistoryCut;
import io.forgepulse.scoring.MonthEnds;
import io.forgepulse.scoring.ScoreCardCalculator;
import io.forgepulse.scoring.ScoringRules;
import io.forgepulse.store.EventStore;
import io.forgepulse.store.ProjectStore;
import io.forgepulse.store.ScoreCardStore;
import io.forgepulse.store.StoredProject;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Score history: computes the month-end cards a project is missing under the current ruleset, from the month of its
 * first commit to the last month that ended by the scoring clock's now (and again those after the earliest instant a
 * harvest's events changed, {@link EarliestChange}), and stores them as historical cards (so the
 * present card is never one of them). Runs in the background, {@code forgepulse.score-history.threads} projects at
 * once, never two passes of one project at a time; a request finds what is missing with two indexed queries, so a
 * harvest that brought nothing new and no new month end computes no card. One pass loads the history once and
 * evaluates it at every missing instant ({@link HistoryCut}), with the files of each instant's tree read from the
 * repository in one walk. Progress: the log and {@code forgepulse_score_history_pending}.
 */
@ApplicationScoped
public class MonthEndScoring {

    private static final Logger LOG = Logger.getLogger(MonthEndScoring.class);
    /** Cards stored in one transaction: a year of months, so a pass commits a dozen times less than once a card. */
    private static final int SAVED_AT_ONCE = 12;

    private final HistoryLoader loader;
    private final EventStore events;
    private final ScoreCardStore cards;
    private final ProjectStore projects;
    private final Connectors connectors;
    private final ScoringRules rules;
    private final Clock clock;
    private final RescoringMeters meters;
    private final PipelineConfig.ScoreHistory config;
    private final ExecutorService pool;
    /** Projects queued or running; {@code true}: requested again meanwhile, so run once more when done. */
    private final Map<ProjectId, Boolean> requested = new ConcurrentHashMap<>();
    /** The earliest instant a harvest changed the past at, per project: the month ends after it are computed again. */
    private final Map<ProjectId, Instant> stale = new ConcurrentHashMap<>();

    @Inject
    MonthEndScoring(HistoryLoader loader, EventStore events, ScoreCardStore cards, ProjectStore projects,
            Connectors connectors, ScoringRules rules, @ScoringClock Clock clock, RescoringMeters meters,
            PipelineConfig config) {
        this.loader = loader;
        this.events = events;
        this.cards = cards;
        this.projects = projects;
        this.connectors = connectors;
        this.rules = rules;
        this.clock = clock;
        this.meters = meters;
        this.config = config.scoreHistory();
        this.pool = Executors.newFixedThreadPool(Math.max(1, this.config.threads()), r -> {
            Thread t = new Thread(r, "forgepulse-score-history");
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1); // harvests and HTTP come first
            return t;
        });
    }

    /** Queues the project's missing month ends and returns at once. */
    public void request(ProjectId project) {
        request(project, Optional.empty());
    }

    /** Queues the project's missing month ends, and those after {@code changedSince} again (their events changed). */
    public void request(ProjectId project, Optional<Instant> changedSince) {
        if (!config.enabled()) {
            return;
        }
        changedSince.ifPresent(t -> stale.merge(project, t, (a, b) -> a.isBefore(b) ? a : b));
        if (requested.putIfAbsent(project, false) == null) {
            pool.execute(() -> run(project));
        } else {
            requested.replace(project, false, true);
        }
    }

    /** Waits until no project is queued or running; false when {@code wait} ran out first. */
    public boolean awaitIdle(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (!requested.isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return true;
    }

    private void run(ProjectId project) {
        do {
            try {
                backfill(project);
            } catch (RuntimeException e) {
                LOG.warnf(e, "%s: the score history could not be computed", project);
            }
        } while (!requested.remove(project, false) && requested.replace(project, true, false));
    }

    /** Computes and stores the missing month-end cards; the number computed. */
    int backfill(ProjectId project) {
        Instant changed = stale.remove(project);
        Optional<Instant> first = events.firstCommit(project);
        if (first.isEmpty()) {
            return 0;
        }
        Set<LocalDate> stored = cards.historicalDays(project, ScoreCardCalculator.RULESET);
        List<Instant> missing = MonthEnds.between(first.get(), clock.instant(), config.maxMonths()).stream()
                .filter(t -> !stored.contains(LocalDate.ofInstant(t, ZoneOffset.UTC).minusDays(1))
                        || changed != null && t.isAfter(changed))
                .toList();
        if (missing.isEmpty()) {
            return 0;
        }
        long started = System.nanoTime();
        meters.historyPending(missing.size());
        int computed = 0;
        try {
            LOG.infof("%s: computing %d month-end score cards, %s to %s", project, missing.size(),
                    missing.get(0), missing.get(missing.size() - 1));
            ProjectHistory history = loader.history(project);
            Map<Instant, ProjectSnapshot> trees = trees(project, missing);
            int every = Math.max(12, missing.size() / 10);
            List<ScoreCard> batch = new ArrayList<>(SAVED_AT_ONCE);
            for (Instant t : missing) {
                if (Thread.currentThread().isInterrupted()) {
                    return computed;
                }
                batch.add(ScoreCardCalculator.calculate(HistoryCut.asOf(history, t, trees.get(t)), t, rules));
                if (batch.size() == SAVED_AT_ONCE || batch.size() + computed == missing.size()) {
                    cards.saveHistorical(batch);
                    meters.historyPending(-batch.size());
                    int before = computed;
                    computed += batch.size();
                    batch.clear();
                    if (computed / every > before / every && computed < missing.size()) {
                        LOG.infof("%s: %d of %d month-end score cards computed", project, computed, missing.size());
                    }
                }
            }
            LOG.infof("%s: %d month-end score cards computed in %d ms", project, computed,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return computed;
        } finally {
            meters.historyPending(computed - missing.size());
        }
    }

    /** The files at each instant; none (no file facts for the past) when the source cannot read them now. */
    private Map<Instant, ProjectSnapshot> trees(ProjectId project, List<Instant> instants) {
        Optional<ForgeConnector> connector = connectors.of(project.forge());
        Optional<StoredProject> stored = projects.find(project);
        if (connector.isEmpty() || stored.isEmpty()) {
            return Map.of();
        }
        try {
            return connector.get().treesAt(new TrackedProject(project, stored.get().location()), instants);
        } catch (ForgeException e) {
            LOG.warnf("%s: the past trees could not be read, so the month-end cards have no file facts: %s", project,
                    UrlCredentials.redacted(e.getMessage()));
            return Map.of();
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }
}
