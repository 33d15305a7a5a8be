package io.forgepulse.pipeline;

import io.forgepulse.domain.Bucket;
import io.forgepulse.domain.Person;
import io.forgepulse.domain.ProjectHistory;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.Pulse;
import io.forgepulse.domain.SeriesPoint;
import io.forgepulse.forge.Capability;
import io.forgepulse.scoring.SeriesCalculator;
import io.forgepulse.store.ActivityAggregates;
import io.forgepulse.store.ActivityAggregates.CommitDay;
import io.forgepulse.store.ActivityAggregates.Counted;
import io.forgepulse.store.ActivityAggregates.PeriodTotals;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Series and pulse from the store's aggregates (a few rows per day or person), with the same answers as
 * {@link SeriesCalculator} and {@code PulseCalculator} over the whole history. Bots are identity's one rule (a person's
 * bot flag), as for the history-based reads. Medians and the activity index still need the events themselves
 * ({@link #fromHistory}).
 */
@ApplicationScoped
public class ActivityReads {

    private static final Set<String> FROM_HISTORY = Set.of("activity_index", "time_to_first_response_days",
            "time_to_close_days", "time_to_merge_days");
    private static final Map<String, Counted> COUNTED = Map.of("releases", Counted.RELEASES,
            "issues_opened", Counted.ISSUES_OPENED, "issues_closed", Counted.ISSUES_CLOSED,
            "prs_opened", Counted.PRS_OPENED, "prs_merged", Counted.PRS_MERGED);

    private final ActivityAggregates aggregates;
    private final Function<ProjectId, ProjectHistory> histories;
    private final Predicate<ProjectId> tracker;

    @Inject
    ActivityReads(ActivityAggregates aggregates, HistoryLoader histories, Connectors connectors) {
        this(aggregates, histories::history, id -> connectors.reads(id.forge(), Capability.TRACKER));
    }

    /** @param tracker whether a project's source has issues and change requests at all */
    ActivityReads(ActivityAggregates aggregates, Function<ProjectId, ProjectHistory> histories,
            Predicate<ProjectId> tracker) {
        this.aggregates = aggregates;
        this.histories = histories;
        this.tracker = tracker;
    }

    /** Whether a metric is computed from the loaded events rather than from aggregates. */
    static boolean fromHistory(String metric) {
        return FROM_HISTORY.contains(metric);
    }

    /** As {@link SeriesCalculator#series}: one point per bucket between the days given (null: the data's ends). */
    public List<SeriesPoint> series(ProjectId project, String metric, Bucket bucket, LocalDate from,
            LocalDate to) {
        if (fromHistory(metric)) {
            return SeriesCalculator.series(histories.apply(project), metric, bucket, from, to);
        }
        boolean forge = tracker.test(project);
        if (!SeriesCalculator.metrics().contains(metric)) {
            throw new IllegalArgumentException("unknown metric '" + metric + "'");
        }
        if (SeriesCalculator.forgeOnly(metric) && !forge) {
            SeriesCalculator.span(bucket, from, to, () -> null); // refuses a bad range as the other metrics do
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
            default -> span.sums(aggregates.countDays(project, COUNTED.get(metric), start, end), 0.0);
        };
    }

    /** As {@code PulseCalculator.pulse} over {@code [from, to)}. */
    public Pulse pulse(ProjectId project, Instant from, Instant to) {
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
        Set<String> bots = aggregates.people(project).stream().filter(Person::bot).map(Person::key)
                .collect(Collectors.toSet());
        return key -> !bots.contains(key);
    }

    private static LocalDate[] days(Instant[] range) {
        return range == null ? null : new LocalDate[] {LocalDate.ofInstant(range[0], ZoneOffset.UTC),
                LocalDate.ofInstant(range[1], ZoneOffset.UTC)};
    }
}
