package io.forgepulse.scoring;

import io.forgepulse.domain.AttributedCommit;
import io.forgepulse.domain.Bucket;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.ProjectHistory;
import io.forgepulse.domain.Release;
import io.forgepulse.domain.Review;
import io.forgepulse.domain.SeriesPoint;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Time series of a project's events, per ISO week (starting Monday) or calendar month, by the event's instant
 * in UTC (a commit by its author date). Every bucket between {@code from} and {@code to} is present, zero-filled.
 *
 * <p>Event counts (commits, lines, issues, PRs, releases) count every event, bots' included, so they add up
 * to what {@code git log} or the forge shows; people counts ({@code authors}, {@code new_contributors}) and the
 * activity index never count a bot.
 */
public final class SeriesCalculator {

    private static final Set<String> METRICS = Collections.unmodifiableSet(new LinkedHashSet<>(List.of(
            "commits", "authors", "new_contributors", "releases", "lines_added", "lines_deleted",
            "issues_opened", "issues_closed", "prs_opened", "prs_merged", "activity_index",
            "time_to_first_response_days", "time_to_close_days", "time_to_merge_days")));

    /** Medians: a bucket without anything to take the median of has no value (null), not 0 days. */
    private static final Set<String> MEDIANS = Set.of("time_to_first_response_days", "time_to_close_days", "time_to_merge_days");

    /** Metrics a plain git repository cannot give: their series is empty, not zero. */
    private static final Set<String> FORGE_ONLY = Set.of("issues_opened", "issues_closed", "prs_opened", "prs_merged",
            "activity_index", "time_to_first_response_days", "time_to_close_days", "time_to_merge_days");

    /** A series longer than this is a mistake in the request (about 190 years of weeks). */
    static final int MAX_BUCKETS = 10_000;

    private SeriesCalculator() {
    }

    /** The metric names {@link #series} accepts, in a stable order. */
    public static Set<String> metrics() {
        return METRICS;
    }

    /**
     * @param from the first day (inclusive) whose bucket is included; null = the first event's day
     * @param to the last day (inclusive) whose bucket is included; null = the last event's day
     * @return one point per bucket, its start and value; empty when the source cannot give the metric or there
     *     is no data and no range
     * @throws IllegalArgumentException for an unknown metric, a missing bucket, or {@code from} after {@code to}
     */
    public static List<SeriesPoint> series(ProjectHistory history, String metric, Bucket bucket, LocalDate from, LocalDate to) {
        return series(history, metric, bucket, from, to, ScoringRules.defaults());
    }

    /** As {@link #series(ProjectHistory, String, Bucket, LocalDate, LocalDate)}, with the configured bot list. */
    public static List<SeriesPoint> series(ProjectHistory history, String metric, Bucket bucket, LocalDate from, LocalDate to,
                                           ScoringRules rules) {
        Objects.requireNonNull(history, "a project history is required");
        if (metric == null || !METRICS.contains(metric)) {
            throw new IllegalArgumentException("unknown metric '" + metric + "': use one of " + String.join(", ", METRICS));
        }
        checkRange(bucket, from, to);
        if (FORGE_ONLY.contains(metric) && !history.forgeEvents()) {
            return List.of();
        }
        return span(bucket, from, to, () -> dataRange(history))
                .map(span -> span.points(values(history, metric, bucket, rules == null ? ScoringRules.defaults() : rules),
                        MEDIANS.contains(metric) ? null : 0.0))
                .orElse(List.of());
    }

    private static void checkRange(Bucket bucket, LocalDate from, LocalDate to) {
        if (bucket == null) {
            throw new IllegalArgumentException("a bucket is required: week or month");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("'from' (" + from + ") is after 'to' (" + to + "): swap them");
        }
    }

    /** Whether a plain git repository cannot give the metric (its series is empty, not zero). */
    public static boolean forgeOnly(String metric) {
        return FORGE_ONLY.contains(metric);
    }

    /**
     * The buckets a series of {@code [from, to]} shows; a missing end is the data's first or last day
     * ({@code dataRange} is asked only then; null when there is no data). Empty when there is no data and no range.
     *
     * @throws IllegalArgumentException for {@code from} after {@code to}
     */
    public static Optional<Span> span(Bucket bucket, LocalDate from, LocalDate to, Supplier<LocalDate[]> dataRange) {
        checkRange(bucket, from, to);
        LocalDate first = from;
        LocalDate last = to;
        if (first == null || last == null) {
            LocalDate[] range = dataRange.get();
            if (first == null) {
                first = range == null ? last : range[0];
            }
            if (last == null) {
                last = range == null ? first : range[1];
            }
            if (first == null) {
                return Optional.empty();
            }
            if (first.isAfter(last)) {
                // one bound given, on the far side of all data: the series is that one bucket
                LocalDate only = from != null ? from : to;
                first = only;
                last = only;
            }
        }
        return Optional.of(new Span(bucket, first, last));
    }

    /**
     * The buckets between two days (inclusive, widened to whole buckets); {@link #start()} and {@link #end()} bound
     * the events that count in them.
     */
    public record Span(Bucket bucket, LocalDate firstDay, LocalDate lastDay) {

        /** The first bucket's first day. */
        public LocalDate start() {
            return Buckets.startOf(firstDay, bucket);
        }

        /** The day after the last bucket. */
        public LocalDate end() {
            return Buckets.next(Buckets.startOf(lastDay, bucket), bucket);
        }

        /** One point per bucket, each the sum of the per-day values in it; a bucket without any is {@code empty}. */
        public List<SeriesPoint> sums(Map<LocalDate, ? extends Number> perDay, Double empty) {
            Map<LocalDate, Double> values = new TreeMap<>();
            perDay.forEach((day, n) -> values.merge(Buckets.startOf(day, bucket), n.doubleValue(), Double::sum));
            return points(values, empty);
        }

        /**
         * One point per bucket, the median of the durations (in days) of the days in it; a bucket without any has no
         * value (null), as {@link SeriesCalculator#series} gives the median metrics.
         */
        public List<SeriesPoint> medians(Map<LocalDate, ? extends List<Double>> perDay) {
            Map<LocalDate, List<Double>> days = new HashMap<>();
            perDay.forEach((day, list) -> days.computeIfAbsent(Buckets.startOf(day, bucket), b -> new ArrayList<>())
                    .addAll(list));
            Map<LocalDate, Double> values = new HashMap<>();
            days.forEach((b, list) -> values.put(b, Median.of(list)));
            return points(values, null);
        }

        /** One point per bucket: how many distinct keys the days in it hold, leaving out the keys not counted. */
        public List<SeriesPoint> distinct(Map<LocalDate, ? extends Set<String>> perDay, Predicate<String> counted) {
            Map<LocalDate, Set<String>> keys = new HashMap<>();
            perDay.forEach((day, set) -> set.stream().filter(counted)
                    .forEach(k -> keys.computeIfAbsent(Buckets.startOf(day, bucket), b -> new HashSet<>()).add(k)));
            Map<LocalDate, Double> values = new HashMap<>();
            keys.forEach((b, set) -> values.put(b, (double) set.size()));
            return points(values, 0.0);
        }

        List<SeriesPoint> points(Map<LocalDate, Double> values, Double empty) {
            LocalDate end = Buckets.startOf(lastDay, bucket);
            List<SeriesPoint> points = new ArrayList<>();
            for (LocalDate d = start(); !d.isAfter(end); d = Buckets.next(d, bucket)) {
                if (points.size() == MAX_BUCKETS) {
                    throw new IllegalArgumentException("the range " + firstDay + " to " + lastDay + " has more than "
                            + MAX_BUCKETS + " " + bucket.name().toLowerCase(java.util.Locale.ROOT)
                            + " buckets: ask for a shorter range or monthly buckets");
                }
                points.add(new SeriesPoint(d, values.getOrDefault(d, empty)));
            }
            return points;
        }
    }

    private static Map<LocalDate, Double> values(ProjectHistory h, String metric, Bucket bucket, ScoringRules rules) {
        Map<LocalDate, Double> v = new TreeMap<>();
        People people = new People(h.commits());
        switch (metric) {
            case "commits" -> h.commits().forEach(c -> add(v, Facts.authored(c.commit()), bucket, 1));
            case "lines_added" -> h.commits().forEach(c -> add(v, Facts.authored(c.commit()), bucket, c.commit().linesAdded()));
            case "lines_deleted" -> h.commits().forEach(c -> add(v, Facts.authored(c.commit()), bucket, c.commit().linesDeleted()));
            case "authors" -> {
                Map<LocalDate, Set<String>> authors = new HashMap<>();
                for (AttributedCommit c : human(h, people)) {
                    authors.computeIfAbsent(Buckets.startOf(Facts.authored(c.commit()), bucket), k -> new HashSet<>()).add(c.author().key());
                }
                authors.forEach((d, keys) -> v.put(d, (double) keys.size()));
            }
            case "new_contributors" -> NewContributors.firstCommits(human(h, people)).values().forEach(t -> add(v, t, bucket, 1));
            case "releases" -> h.releases().forEach(r -> add(v, Facts.instant(r.publishedAt()), bucket, 1));
            case "issues_opened" -> h.issues().forEach(i -> add(v, Facts.instant(i.createdAt()), bucket, 1));
            case "issues_closed" -> h.issues().forEach(i -> add(v, Facts.instant(i.closedAt()), bucket, 1));
            case "prs_opened" -> h.changeRequests().forEach(cr -> add(v, Facts.instant(cr.createdAt()), bucket, 1));
            case "prs_merged" -> h.changeRequests().forEach(cr -> add(v, Facts.instant(cr.mergedAt()), bucket, 1));
            case "activity_index" -> v.putAll(ActivityIndex.byBucket(h, people, bucket));
            case "time_to_first_response_days", "time_to_close_days", "time_to_merge_days" ->
                    v.putAll(medianDays(h, people, metric, bucket));
            default -> throw new IllegalStateException("metric without a definition: " + metric);
        }
        return v;
    }

    private static List<AttributedCommit> human(ProjectHistory h, People people) {
        return h.commits().stream()
                .filter(c -> c.author() != null && !people.isBot(c.author()) && Facts.authored(c.commit()) != null)
                .toList();
    }

    /** Per bucket, the median days of the non-bot issues and pulls the metric measures. */
    private static Map<LocalDate, Double> medianDays(ProjectHistory h, People people, String metric, Bucket bucket) {
        Map<LocalDate, List<Double>> days = new HashMap<>();
        List<Issue> issues = h.issues().stream().filter(i -> !people.isBot(i.author(), i.authorIsBot())).toList();
        List<ChangeRequest> pulls = h.changeRequests().stream().filter(cr -> !people.isBot(cr.author(), cr.authorIsBot()))
                .toList();
        switch (metric) {
            case "time_to_first_response_days" -> {
                issues.forEach(i -> addDays(days, i.createdAt(), i.firstResponseAt(), i.createdAt(), bucket));
                pulls.forEach(cr -> addDays(days, cr.createdAt(), cr.firstResponseAt(), cr.createdAt(), bucket));
            }
            case "time_to_close_days" -> issues.forEach(i -> addDays(days, i.createdAt(), i.closedAt(), i.closedAt(), bucket));
            case "time_to_merge_days" -> pulls.forEach(cr -> addDays(days, cr.createdAt(), cr.mergedAt(), cr.mergedAt(), bucket));
            default -> throw new IllegalStateException("not a median metric: " + metric);
        }
        Map<LocalDate, Double> medians = new HashMap<>();
        days.forEach((d, list) -> medians.put(d, Median.of(list)));
        return medians;
    }

    /** The days from {@code start} to {@code end}, in the bucket of {@code at}; nothing when either end is missing. */
    private static void addDays(Map<LocalDate, List<Double>> days, java.time.OffsetDateTime start,
            java.time.OffsetDateTime end, java.time.OffsetDateTime at, Bucket bucket) {
        if (start != null && end != null) {
            days.computeIfAbsent(Buckets.startOf(Facts.instant(at), bucket), k -> new ArrayList<>())
                    .add(days(start.toInstant(), end.toInstant()));
        }
    }

    /** The days from one instant to a later one, as the median metrics count them (never negative). */
    public static double days(Instant start, Instant end) {
        return Math.max(0, Figures.days(java.time.Duration.between(start, end)));
    }

    private static void add(Map<LocalDate, Double> v, Instant t, Bucket bucket, double amount) {
        if (t != null) {
            v.merge(Buckets.startOf(t, bucket), amount, Double::sum);
        }
    }

    /** The first and last day (UTC) with any event of the history, or null without events. */
    private static LocalDate[] dataRange(ProjectHistory h) {
        List<Instant> instants = new ArrayList<>();
        h.commits().forEach(c -> instants.add(Facts.authored(c.commit())));
        for (Release r : h.releases()) {
            instants.add(Facts.instant(r.publishedAt()));
        }
        if (h.forgeEvents()) {
            for (Issue i : h.issues()) {
                instants.add(Facts.instant(i.createdAt()));
                instants.add(Facts.instant(i.closedAt()));
            }
            for (ChangeRequest cr : h.changeRequests()) {
                instants.add(Facts.instant(cr.createdAt()));
                instants.add(Facts.instant(cr.closedAt()));
                instants.add(Facts.instant(cr.mergedAt()));
            }
            for (Comment c : h.comments()) {
                instants.add(Facts.instant(c.createdAt()));
            }
            for (Review r : h.reviews()) {
                instants.add(Facts.instant(r.submittedAt()));
            }
        }
        Instant min = null;
        Instant max = null;
        for (Instant t : instants) {
            if (t == null) {
                continue;
            }
            min = min == null || t.isBefore(min) ? t : min;
            max = max == null || t.isAfter(max) ? t : max;
        }
        return min == null ? null : new LocalDate[] {LocalDate.ofInstant(min, ZoneOffset.UTC), LocalDate.ofInstant(max, ZoneOffset.UTC)};
    }
}
