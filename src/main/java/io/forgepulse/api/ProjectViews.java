package io.forgepulse.api;

import io.forgepulse.domain.ProjectSnapshot;
import io.forgepulse.domain.ScoreCard;
import io.forgepulse.domain.UrlCredentials;
import io.forgepulse.store.HarvestRun;
import io.forgepulse.store.HarvestRunStore;
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

/** Builds the JSON views of projects from the store. */
@ApplicationScoped
class ProjectViews {

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

    /** A tracked project as listed. */
    record Summary(String id, String forge, String path, LastHarvest lastHarvest, ScoreSummary scores) {
    }

    /**
     * The latest harvest run of a project: {@code outcome} is {@code running}, {@code success}, {@code failure} (the
     * message says why), {@code stopped} (budget spent or rate-limit wait too long: what was read is stored) or
     * {@code interrupted} (its instance stopped); {@code resumes} is true for the last two, whose next harvest goes on
     * from the stored cursor. {@code instance} is the instance that ran it.
     */
    record LastHarvest(Instant at, String outcome, Long durationMs, String message, boolean resumes, String instance) {
    }

    /** The headline scores of the latest card. */
    record ScoreSummary(Double activity, Double diversity, Double maturity, String level, Instant computedAt,
            String ruleset) {
    }

    /** Forge metadata of the latest snapshot. */
    record Metadata(String defaultBranch, String headSha, Integer stars, Integer forks, Integer watchers,
            Integer openIssues, Boolean archived, Instant createdAt, String ownerType, String owner, String license,
            List<String> topics) {
    }

    /** How fresh the data is. */
    record Freshness(Instant lastSuccessAt, Long ageSeconds, Instant snapshotAt) {
    }

    /** One project in full. */
    record Detail(String id, String forge, String path, String location, String origin, Instant addedAt,
            Metadata metadata, LastHarvest lastHarvest, Freshness freshness, ScoreSummary scores) {
    }

    Summary summary(StoredProject p) {
        return new Summary(p.id().value(), p.id().forge().id(), p.id().path(),
                runs.latest(p.id()).map(ProjectViews::lastHarvest).orElse(null),
                cards.latest(p.id()).map(ProjectViews::scores).orElse(null));
    }

    Detail detail(StoredProject p) {
        ProjectSnapshot s = snapshots.latest(p.id()).orElse(null);
        Instant lastSuccess = runs.latestSuccess(p.id()).map(HarvestRun::finishedAt).orElse(null);
        Metadata metadata = s == null ? null : new Metadata(s.defaultBranch(), s.headSha(), s.stars(), s.forks(),
                s.watchers(), s.openIssues(), s.archived(), s.createdAt() == null ? null : s.createdAt().toInstant(),
                s.ownerType().name().toLowerCase(Locale.ROOT), s.owner(), s.licenseSpdx(), s.topics());
        Freshness freshness = new Freshness(lastSuccess,
                lastSuccess == null ? null : Duration.between(lastSuccess, clock.instant()).toSeconds(),
                s == null ? null : s.takenAt());
        return new Detail(p.id().value(), p.id().forge().id(), p.id().path(), UrlCredentials.redacted(p.location()),
                p.origin(), p.addedAt(), metadata, runs.latest(p.id()).map(ProjectViews::lastHarvest).orElse(null),
                freshness, cards.latest(p.id()).map(ProjectViews::scores).orElse(null));
    }

    private static LastHarvest lastHarvest(HarvestRun r) {
        boolean resumes = HarvestRun.STOPPED.equals(r.outcome()) || HarvestRun.INTERRUPTED.equals(r.outcome());
        return new LastHarvest(r.finishedAt() == null ? r.startedAt() : r.finishedAt(), r.outcome(), r.durationMillis(),
                UrlCredentials.redacted(r.message()), resumes, r.instance());
    }

    static ScoreSummary scores(ScoreCard c) {
        return new ScoreSummary(c.activity().score(), c.diversity().score(), c.maturity().score(),
                c.level().name().toLowerCase(Locale.ROOT), c.computedAt(), c.ruleset());
    }
}
