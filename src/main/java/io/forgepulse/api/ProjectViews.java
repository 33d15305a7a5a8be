package io.forgepulse.api;

import io.forgepulse.domain.ProjectSnapshot;
import io.forgepulse.domain.ScoreCard;
import io.forgepulse.domain.UrlCredentials;
import io.forgepulse.store.HarvestRun;
import io.forgepulse.store.HarvestRunStore;
import io.forgepulse.store.ProjectListing;
import io.forgepulse.store.ScoreCardStore;
import io.forgepulse.store.SnapshotStore;
import io.forgepulse.store.StoredProject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Builds the JSON views of projects from the store. */
@ApplicationScoped
public class ProjectViews {

    private final HarvestRunStore runs;
    private final ScoreCardStore cards;
    private final SnapshotStore snapshots;
    private final Clock clock;

    @Inject
    ProjectViews(HarvestRunStore runs, ScoreCardStore cards, SnapshotStore snapshots, Clock clock) {
        this.runs = runs;
        this.cards = cards;
        this.snapshots = snapshots;
        this.clock = clock;
    }

    /**
     * A tracked project as listed.
     *
     * @param progress the harvest under way, or null when none is
     */
    public record Summary(String id, String forge, String path, LastHarvest lastHarvest, ScoreSummary scores,
            Progress progress) {
    }

    /**
     * A harvest under way: what it has stored so far (counted after each batch the store committed).
     *
     * @param itemsStored events stored by this run so far (commits, releases, issues, change requests, comments,
     *     reviews)
     * @param itemsTotal how many this run stores in all, where the source said on the way (git's commit count of the
     *     new range, a list's {@code X-Total} or {@code total_count}, GitHub's last page times its size as an upper
     *     bound), summed over the streams that said; never below {@code itemsStored}; null when none said. It can grow
     *     during a run, as the harvest reaches a list whose total it did not know yet
     * @param etaSeconds the time left at the pace so far (elapsed time per item stored), never negative; null without
     *     a total, before the first item is stored, or once the items stored reach the total
     */
    public record Progress(Instant startedAt, long elapsedSeconds, int itemsStored, Integer itemsTotal,
            Long etaSeconds) {
    }

    /**
     * The latest harvest run of a project: {@code outcome} is {@code running}, {@code success}, {@code failure} (the
     * message says why), {@code stopped} (budget spent or rate-limit wait too long: what was read is stored) or
     * {@code interrupted} (its instance stopped); {@code resumes} is true for the last two, whose next harvest goes on
     * from the stored cursor. {@code instance} is the instance that ran it.
     */
    public record LastHarvest(Instant at, String outcome, Long durationMs, String message, boolean resumes, String instance) {
    }

    /** The headline scores of the latest card. */
    public record ScoreSummary(Double activity, Double diversity, Double maturity, String level, Instant computedAt,
            String ruleset) {
    }

    /** Forge metadata of the latest snapshot. */
    public record Metadata(String defaultBranch, String headSha, Integer stars, Integer forks, Integer watchers,
            Integer openIssues, Boolean archived, Instant createdAt, String ownerType, String owner, String license,
            List<String> topics) {
    }

    /** How fresh the data is. */
    public record Freshness(Instant lastSuccessAt, Long ageSeconds, Instant snapshotAt) {
    }

    /** One project in full. */
    public record Detail(String id, String forge, String path, String location, String origin, Instant addedAt,
            Metadata metadata, LastHarvest lastHarvest, Freshness freshness, ScoreSummary scores, Progress progress) {
    }

    /** A listed project, from its listing row. */
    Summary summary(ProjectListing.Row r) {
        LastHarvest last = r.outcome() == null ? null
                : lastHarvest(r.runStarted(), r.runFinished(), r.outcome(), r.durationMs(), r.message(), r.instance());
        ScoreSummary scores = r.ruleset() == null ? null : new ScoreSummary(r.activity(), r.diversity(), r.maturity(),
                r.level().toLowerCase(Locale.ROOT), r.computedAt(), r.ruleset());
        return new Summary(r.id().value(), r.id().forge().id(), r.id().path(), last, scores,
                progress(r.outcome(), r.runStarted(), r.itemsStored(), r.itemsExpected()));
    }

    public Detail detail(StoredProject p) {
        ProjectSnapshot s = snapshots.latest(p.id()).orElse(null);
        Instant lastSuccess = runs.latestSuccess(p.id()).map(HarvestRun::finishedAt).orElse(null);
        Metadata metadata = s == null ? null : new Metadata(s.defaultBranch(), s.headSha(), s.stars(), s.forks(),
                s.watchers(), s.openIssues(), s.archived(), s.createdAt() == null ? null : s.createdAt().toInstant(),
                s.ownerType().name().toLowerCase(Locale.ROOT), s.owner(), s.licenseSpdx(), s.topics());
        Freshness freshness = new Freshness(lastSuccess,
                lastSuccess == null ? null : Duration.between(lastSuccess, clock.instant()).toSeconds(),
                s == null ? null : s.takenAt());
        Optional<HarvestRun> latest = runs.latest(p.id());
        return new Detail(p.id().value(), p.id().forge().id(), p.id().path(), UrlCredentials.redacted(p.location()),
                p.origin(), p.addedAt(), metadata, latest.map(ProjectViews::lastHarvest).orElse(null),
                freshness, cards.latest(p.id()).map(ProjectViews::scores).orElse(null),
                latest.map(this::progress).orElse(null));
    }

    private Progress progress(HarvestRun run) {
        return progress(run.outcome(), run.startedAt(), run.written().total(), run.itemsExpected());
    }

    private Progress progress(String outcome, Instant startedAt, int itemsStored, Integer itemsExpected) {
        if (!HarvestRun.RUNNING.equals(outcome)) {
            return null;
        }
        long elapsed = Math.max(0, Duration.between(startedAt, clock.instant()).toSeconds());
        return progress(startedAt, elapsed, itemsStored, itemsExpected);
    }

    /**
     * A running harvest's progress: a total below what is stored already (a stream that stores more than its source
     * counted, tags beside commits) is raised to it, and the time left is the pace so far applied to what is left.
     */
    static Progress progress(Instant startedAt, long elapsedSeconds, int itemsStored, Integer itemsExpected) {
        Integer total = itemsExpected == null ? null : Math.max(itemsExpected, itemsStored);
        Long eta = total == null || itemsStored <= 0 || total <= itemsStored ? null
                : Math.max(0, Math.round((double) elapsedSeconds * (total - itemsStored) / itemsStored));
        return new Progress(startedAt, elapsedSeconds, itemsStored, total, eta);
    }

    private static LastHarvest lastHarvest(HarvestRun r) {
        return lastHarvest(r.startedAt(), r.finishedAt(), r.outcome(), r.durationMillis(), r.message(), r.instance());
    }

    private static LastHarvest lastHarvest(Instant started, Instant finished, String outcome, Long durationMs,
            String message, String instance) {
        boolean resumes = HarvestRun.STOPPED.equals(outcome) || HarvestRun.INTERRUPTED.equals(outcome);
        return new LastHarvest(finished == null ? started : finished, outcome, durationMs,
                UrlCredentials.redacted(message), resumes, instance);
    }

    static ScoreSummary scores(ScoreCard c) {
        return new ScoreSummary(c.activity().score(), c.diversity().score(), c.maturity().score(),
                c.level().name().toLowerCase(Locale.ROOT), c.computedAt(), c.ruleset());
    }
}
