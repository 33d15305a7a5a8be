package io.forgepulse.pipeline;

import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.ProjectSnapshot;
import io.forgepulse.domain.UrlCredentials;
import io.forgepulse.forge.ForgeConnector;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.forge.http.HarvestStopped;
import io.forgepulse.metrics.ForgeMeters;
import io.forgepulse.metrics.HarvestMeters;
import io.forgepulse.store.EventStore;
import io.forgepulse.store.EventsWritten;
import io.forgepulse.store.HarvestRun;
import io.forgepulse.store.HarvestRunStore;
import io.forgepulse.store.LastCheck;
import io.forgepulse.store.SnapshotStore;
import io.forgepulse.store.StoreRefused;
import io.forgepulse.store.StoredProject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Harvests one project: snapshot, events since the stored cursor (each batch stored with its cursor), then
 * scores. Never two runs of one project at once; any failure, errors such as running out of memory included, is
 * recorded in {@code harvest_run} (as a {@link PublicMessage}, the detail in the log) and the metrics, and does not
 * reach the caller, so one project cannot stop the others. Events the forge sent without a required field are
 * skipped ({@link RequiredFields}), counted in the run's message, and do not fail it.
 */
@ApplicationScoped
public class HarvestStep {

    private static final Logger LOG = Logger.getLogger(HarvestStep.class);

    /**
     * The cursor stream that keeps the connector's {@link ForgeConnector#state} as it was before the last complete
     * harvest (the pipeline's, not a stream the connector reads).
     */
    static final String STATE_STREAM = "state";

    private final Connectors connectors;
    private final SnapshotStore snapshots;
    private final EventStore events;
    private final HarvestRunStore runs;
    private final ScoreStep scoreStep;
    private final MonthEndScoring monthEnds;
    private final HarvestMeters meters;
    private final ForgeMeters forgeMeters;
    private final Clock clock;
    private final PublicMessage publicMessage;
    private final RetentionConfig retention;
    private final InstanceName instance;
    private final Map<ProjectId, ReentrantLock> running = new ConcurrentHashMap<>();

    @Inject
    HarvestStep(Connectors connectors, SnapshotStore snapshots, EventStore events, HarvestRunStore runs,
            ScoreStep scoreStep, MonthEndScoring monthEnds, HarvestMeters meters, ForgeMeters forgeMeters, Clock clock, PipelineConfig config,
            RetentionConfig retention, InstanceName instance) {
        this.retention = retention;
        this.instance = instance;
        this.connectors = connectors;
        this.snapshots = snapshots;
        this.events = events;
        this.runs = runs;
        this.scoreStep = scoreStep;
        this.monthEnds = monthEnds;
        this.meters = meters;
        this.forgeMeters = forgeMeters;
        this.clock = clock;
        this.publicMessage = PublicMessage.forHost(config.dataDir());
    }

    public HarvestOutcome harvest(StoredProject project) {
        ReentrantLock lock = running.computeIfAbsent(project.id(), id -> new ReentrantLock());
        if (!lock.tryLock()) {
            return new HarvestOutcome.Skipped();
        }
        try {
            return run(project);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code action} while no harvest of the project runs, waiting up to {@code wait} for a running one to end;
     * empty when it did not end in time.
     */
    public <T> Optional<T> whenIdle(ProjectId project, Duration wait, Supplier<T> action) {
        ReentrantLock lock = running.computeIfAbsent(project, id -> new ReentrantLock());
        try {
            if (!lock.tryLock(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.of(action.get());
        } finally {
            lock.unlock();
        }
    }

    private HarvestOutcome run(StoredProject project) {
        ProjectId id = project.id();
        long started = System.nanoTime();
        Instant startedAt = clock.instant();
        LastCheck last = runs.lastCheck(id, STATE_STREAM);
        // A run that failed or was interrupted may have stored batches it never scored: the next one scores them.
        Optional<HarvestRun> previous = last.latest();
        boolean previousScored = previous.map(r -> HarvestRun.SUCCESS.equals(r.outcome())).orElse(false);
        TrackedProject tracked = new TrackedProject(id, project.location());
        Optional<ForgeConnector> connector = connectors.of(id.forge());
        // The state, read before anything is written: a project where nothing moved since its last complete harvest
        // costs this read, one statement before it and one transaction after it.
        Optional<Optional<String>> stateRead = Optional.empty();
        boolean unchanged = false;
        if (previousScored && connector.isPresent()) {
            try {
                Optional<String> state = connector.get().state(tracked);
                unchanged = state.isPresent() && state.equals(last.state());
                stateRead = Optional.of(state);
            } catch (ForgeException | RuntimeException e) {
                // Recorded by the run below, which reads the state again.
                LOG.debugf("%s: state check failed: %s", id, UrlCredentials.redacted(e.getMessage()));
            }
        }
        if (unchanged && !scoreStep.outdated(last)) {
            return quiet(id, started, startedAt, previous);
        }
        long runId = runs.start(id, startedAt, instance.value());
        AtomicReference<EventsWritten> written = new AtomicReference<>(EventsWritten.NONE);
        AtomicInteger skipped = new AtomicInteger();
        EarliestChange changed = new EarliestChange();
        OddCommits odd = new OddCommits(clock.instant());
        List<String> notes = new CopyOnWriteArrayList<>();
        String outcome = HarvestRun.SUCCESS;
        String message = null;
        try {
            ForgeConnector forge = connector.orElseThrow(() -> new ForgeException(
                    "this build cannot harvest " + id.forge().id() + " projects yet"));
            if (unchanged) {
                // Nothing moved, but the day moved the scores' windows: a card, and nothing else read or stored.
                scoreStep.score(id, false);
                return recorded(id, runId, started, previous, HarvestRun.SUCCESS, null, written.get(), true,
                        Optional.empty());
            }
            Map<String, String> cursor = events.cursor(id);
            Optional<String> state = stateRead.isPresent() ? stateRead.get() : forge.state(tracked);
            ProjectSnapshot snapshot = forge.snapshot(tracked);
            boolean snapshotChanged = snapshots.saveIfChanged(id, snapshot);
            try (OverlappingSink sink = new OverlappingSink(batch -> {
                RequiredFields.Checked checked = RequiredFields.check(batch.events());
                skipped.addAndGet(checked.skipped());
                odd.check(checked.kept().commits());
                EventsWritten stored = events.write(id, checked.kept(), batch.cursor().positions());
                changed.add(checked.kept(), stored);
                runs.progress(runId, written.accumulateAndGet(stored, EventsWritten::plus));
                LOG.debugf("%s: stored a batch of %d events (%d new)", id, batch.size(), stored.total());
            }, new ExpectedItems(items -> runs.expect(runId, items)), notes::add, id.path())) {
                forge.harvest(tracked, new HarvestCursor(cursor), sink);
                sink.finish();
            }
            // Nothing new stores nothing and computes no card, unless the day moved the scores' windows.
            boolean eventsWritten = written.get().total() > 0 || !previousScored;
            if (eventsWritten || snapshotChanged || scoreStep.outdated(last)) {
                scoreStep.score(id, eventsWritten);
            }
            // The state as it was before the reads: anything that moved during them makes the next run read again.
            state.filter(s -> !s.equals(cursor.get(STATE_STREAM))).ifPresent(s -> events.position(id, STATE_STREAM, s));
        } catch (ForgeException e) {
            message = publicMessage.of(e, project.location());
            if (HarvestStopped.resumesIn(e)) {
                // Budget spent or a rate-limit wait too long: what was read is stored, the next run goes on from it.
                outcome = HarvestRun.STOPPED;
                LOG.infof("%s: harvest stopped, resumes at the next one: %s", id, UrlCredentials.redacted(e.getMessage()));
            } else {
                outcome = HarvestRun.FAILURE;
                LOG.warnf("%s: harvest failed: %s", id, UrlCredentials.redacted(e.getMessage()));
            }
            LOG.debug("harvest failure", e);
        } catch (StoreRefused e) {
            outcome = HarvestRun.FAILURE;
            message = publicMessage.of(e, project.location());
            LOG.errorf(e.getCause(), "%s: harvest failed: %s", id, e.getMessage());
        } catch (Throwable e) {
            // Anything else, errors included (out of memory, a library's Error): recorded as this run's failure, so
            // the run does not stay "running" and the next project is harvested; the stack goes to the log only.
            outcome = HarvestRun.FAILURE;
            message = publicMessage.of(e, project.location());
            LOG.errorf(e, "%s: harvest failed: %s", id, message);
        }
        if (skipped.get() > 0) {
            notes.add("skipped " + skipped.get() + " events the forge sent without a required field (a key or a date)");
        }
        notes.addAll(odd.notes());
        for (String note : notes) {
            LOG.warnf("%s: %s", id, note);
            message = message == null ? note : message + "; " + note;
        }
        return recorded(id, runId, started, previous, outcome, message, written.get(), true, changed.value());
    }

    /**
     * A check that found the state as the last complete harvest left it, with today's card of the current ruleset: no
     * snapshot, no stream read, no card, nothing stored but the check itself ({@link HarvestRunStore#recordQuiet}).
     */
    private HarvestOutcome quiet(ProjectId id, long started, Instant startedAt, Optional<HarvestRun> previous) {
        Duration duration = Duration.ofNanos(System.nanoTime() - started);
        runs.recordQuiet(id, quietRun(previous), startedAt, clock.instant(), duration, instance.value(),
                clock.instant().minus(retention.harvestRuns()));
        return ended(id, HarvestRun.SUCCESS, null, EventsWritten.NONE, duration, false, Optional.empty());
    }

    /**
     * Records the run's end in the store in one transaction ({@link HarvestRunStore#recordEnd}), then {@link #ended}.
     * A success that stored nothing replaces the previous run if that was one too: a project that stays quiet keeps
     * one record of its latest check, not one per cycle, so the table does not grow with the schedule.
     */
    private HarvestOutcome recorded(ProjectId id, long runId, long started, Optional<HarvestRun> previous,
            String outcome, String message, EventsWritten written, boolean monthEndsDue, Optional<Instant> changed) {
        Duration duration = Duration.ofNanos(System.nanoTime() - started);
        Optional<Long> replacing = storedNothing(outcome, written, message) ? quietRun(previous) : Optional.empty();
        runs.recordEnd(id, runId, outcome, clock.instant(), duration, written, message, replacing,
                clock.instant().minus(retention.harvestRuns()));
        return ended(id, outcome, message, written, duration, monthEndsDue, changed);
    }

    /**
     * Publishes a recorded run's end (metrics and log) and asks for the month-end cards when due (those after
     * {@code changed} again).
     */
    private HarvestOutcome ended(ProjectId id, String outcome, String message, EventsWritten written,
            Duration duration, boolean monthEndsDue, Optional<Instant> changed) {
        meters.recordRun(id, outcome, duration, clock.instant());
        forgeMeters.publish(connectors.requestCounts().requests(), connectors.requestCounts().rateLimitRemaining());
        LOG.infof("%s: harvest %s in %d ms, %d events written", id, outcome, duration.toMillis(), written.total());
        if (HarvestRun.SUCCESS.equals(outcome) && monthEndsDue) {
            // In the background: a first harvest (or a month that ended since) leaves past month ends without a card,
            // and events dated before a month end stored now make its card stale.
            monthEnds.request(id, changed);
        }
        return switch (outcome) {
            case HarvestRun.SUCCESS -> new HarvestOutcome.Succeeded(written, duration, message);
            case HarvestRun.STOPPED -> new HarvestOutcome.Stopped(written, duration, message);
            default -> new HarvestOutcome.Failed(written, duration, message);
        };
    }

    /** The previous run's id when it was a check that stored nothing: the one a check like it replaces. */
    private static Optional<Long> quietRun(Optional<HarvestRun> previous) {
        return previous.filter(r -> storedNothing(r.outcome(), r.written(), r.message())).map(HarvestRun::id);
    }

    private static boolean storedNothing(String outcome, EventsWritten written, String message) {
        return HarvestRun.SUCCESS.equals(outcome) && written.total() == 0 && message == null;
    }

}
