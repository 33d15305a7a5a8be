package io.forgepulse.pipeline;

import io.forgepulse.domain.Bucket;
import io.forgepulse.domain.Person;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.Pulse;
import io.forgepulse.domain.SeriesPoint;
import io.forgepulse.forge.Capability;
import io.forgepulse.identity.BotDetector;
import io.forgepulse.identity.IdentityResolver;
import io.forgepulse.scoring.ActivityIndex;
import io.forgepulse.scoring.SeriesCalculator;
import io.forgepulse.store.ActivityAggregates;
import io.forgepulse.store.ActivityAggregates.CommitDay;
import io.forgepulse.store.ActivityAggregates.Counted;
import io.forgepulse.store.ActivityAggregates.PeriodTotals;
import io.forgepulse.store.ContributorRow;
import io.forgepulse.store.PeopleStore;
import io.forgepulse.store.TrackerAggregates;
import io.forgepulse.store.TrackerAggregates.Ended;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Series and pulse from the store's aggregates (a few rows per day or person), with the same answers as
 * {@link SeriesCalculator} and {@code PulseCalculator} over the whole history. Bots are identity's one rule (a person's
 * bot flag, and for a login the rule itself), as for the history-based reads. The medians read one row per item of
 * the requested range and the activity index one per person, day and action in it: the range bounds every read.
 */
@ApplicationScoped
public class ActivityReads {

    private static final Map<String, Counted> COUNTED = Map.of("releases", Counted.RELEASES,
            "issues_opened", Counted.ISSUES_OPENED, "issues_closed", Counted.ISSUES_CLOSED,
            "prs_opened", Counted.PRS_OPENED, "prs_merged", Counted.PRS_MERGED);

    private final ActivityAggregates aggregates;
    private final TrackerSeries trackerSeries;
    private final PeopleStore people;
    private final Predicate<ProjectId> tracker;
    private final ReadCache cache;

    /** A series' arguments, its key in the read cache. */
    private record SeriesKey(String metric, Bucket bucket, LocalDate from, LocalDate to) {
    }

    /** A pulse's length in days, its key in the read cache (the answer kept is the latest second's). */
    private record PulseKey(int days) {
    }

    /** The key of the project's bot set in the read cache: it changes only when the people are rewritten. */
    private record BotsKey() {
    }

    /** The contributors' arguments, their key in the read cache. */
    private record ContributorsKey(Instant from, Instant to) {
    }

    @Inject
    ActivityReads(ActivityAggregates aggregates, TrackerAggregates items, PeopleStore people, IdentityResolver resolver,
            Connectors connectors, ReadCache cache) {
        this(aggregates, items, people, resolver.bots(), id -> connectors.reads(id.forge(), Capability.TRACKER), cache);
    }

    /** @param tracker whether a project's source has issues and change requests at all */
    ActivityReads(ActivityAggregates aggregates, TrackerAggregates items, PeopleStore people, BotDetector bots,
            Predicate<ProjectId> tracker, ReadCache cache) {
        this.aggregates = aggregates;
        this.trackerSeries = new TrackerSeries(items, bots);
        this.people = people;
        this.tracker = tracker;
        this.cache = cache;
    }

    /** People ranked by commits authored in {@code [from, to)}, bots included and flagged. */
    public List<ContributorRow> contributors(ProjectId project, Instant from, Instant to) {
        return cache.get(project, new ContributorsKey(from, to),
                () -> List.copyOf(people.contributors(project, from, to)));
    }

    /** Whether a project's source has issues and change requests at all (plain git has not). */
    public boolean tracker(ProjectId project) {
        return tracker.test(project);
    }

    /** As {@link SeriesCalculator#series}: one point per bucket between the days given (null: the data's ends). */
    public List<SeriesPoint> series(ProjectId project, String metric, Bucket bucket, LocalDate from,
            LocalDate to) {
        if (!SeriesCalculator.metrics().contains(metric)) {
            throw new IllegalArgumentException("unknown metric '" + metric + "'");
        }
        SeriesCalculator.span(bucket, from, to, () -> null); // refuses a bad range before anything is read or kept
        return cache.get(project, new SeriesKey(metric, bucket, from, to),
                () -> List.copyOf(read(project, metric, bucket, from, to)));
    }

    private List<SeriesPoint> read(ProjectId project, String metric, Bucket bucket, LocalDate from, LocalDate to) {
        boolean forge = tracker.test(project);
        if (SeriesCalculator.forgeOnly(metric) && !forge) {
            return List.of();
        }
        return SeriesCalculator.span(bucket, from, to, () -> days(aggregates.dataRange(project, forge)))
                .map(span -> points(project, metric, span))
                .orElse(List.of());
    }

    private List<SeriesPoint> points(ProjectId project, String metric, SeriesCalculator.Span span) {
        Instant start = span.start().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = span.end().atStartOfDay(ZoneOffset.UTC).toInstant();
        return switch (metric) {
            case "commits", "lines_added", "lines_deleted" -> {
                Map<LocalDate, Long> perDay = new TreeMap<>();
                for (CommitDay d : aggregates.commitDays(project, start, end)) {
                    perDay.put(d.day(), switch (metric) {
                        case "commits" -> d.commits();
                        case "lines_added" -> d.linesAdded();
                        default -> d.linesDeleted();
                    });
                }
                yield span.sums(perDay, 0.0);
            }
            case "authors" -> span.distinct(aggregates.authorDays(project, start, end), human(project));
            case "new_contributors" -> {
                Predicate<String> human = human(project);
                Map<LocalDate, Long> perDay = aggregates.firstCommits(project).entrySet().stream()
                        .filter(e -> human.test(e.getKey()))
                        .collect(Collectors.groupingBy(e -> LocalDate.ofInstant(e.getValue(), ZoneOffset.UTC),
                                TreeMap::new, Collectors.counting()));
                yield span.sums(perDay, 0.0);
            }
            case "activity_index" -> span.sums(ActivityIndex.ofCounts(trackerSeries.activity(project, start, end),
                    span.bucket()), 0.0);
            case "time_to_first_response_days" -> span.medians(trackerSeries.firstResponseDays(project, start, end));
            case "time_to_close_days" -> span.medians(trackerSeries.endedDays(project, Ended.ISSUES_CLOSED, start,
                    end));
            case "time_to_merge_days" -> span.medians(trackerSeries.endedDays(project, Ended.CHANGES_MERGED, start,
                    end));
            default -> span.sums(aggregates.countDays(project, COUNTED.get(metric), start, end), 0.0);
        };
    }

    /**
     * The pulse of the {@code days} up to {@code now}, to the second: all reads within one second share one answer
     * (kept until the next second or the next write), so a busy second costs one aggregation, not one per client.
     */
    public Pulse lastDays(ProjectId project, int days, Instant now) {
        Instant to = now.truncatedTo(ChronoUnit.SECONDS);
        Instant from = to.minus(Duration.ofDays(days));
        return cache.get(project, new PulseKey(days), (Pulse kept) -> kept.to().equals(to),
                () -> pulse(project, from, to));
    }

    /** As {@code PulseCalculator.pulse} over {@code [from, to)}, computed at each call (readers use lastDays). */
    Pulse pulse(ProjectId project, Instant from, Instant to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("the period starts (" + from + ") after it ends (" + to + ")");
        }
        boolean forge = tracker.test(project);
        PeriodTotals t = aggregates.period(project, from, to);
        Set<String> authors = aggregates.authors(project, from, to);
        long humans = authors.stream().filter(human(project)).count();
        return new Pulse(from, to, (int) humans, t.commits(), t.filesChanged(), t.additions(), t.deletions(),
                forge ? t.prsOpened() : null, forge ? t.prsMerged() : null, forge ? t.issuesOpened() : null,
                forge ? t.issuesClosed() : null, t.releases());
    }

    /** Person keys that are not bots by identity's rule; a key without a stored person is counted. */
    private Predicate<String> human(ProjectId project) {
        Set<String> bots = cache.get(project, new BotsKey(), () -> aggregates.people(project).stream()
                .filter(Person::bot).map(Person::key).collect(Collectors.toUnmodifiableSet()));
        return key -> !bots.contains(key);
    }

    private static LocalDate[] days(Instant[] range) {
        return range == null ? null : new LocalDate[] {LocalDate.ofInstant(range[0], ZoneOffset.UTC),
                LocalDate.ofInstant(range[1], ZoneOffset.UTC)};
    }
}
