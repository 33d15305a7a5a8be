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
import io.forgepulse.store.TrackerAggregates.Answer;
import io.forgepulse.store.TrackerAggregates.Ended;
import io.forgepulse.store.TrackerAggregates.Item;
import io.forgepulse.store.TrackerAggregates.LoginPerson;
import io.forgepulse.store.TrackerAggregates.Tally;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
    private final TrackerAggregates items;
    private final PeopleStore people;
    private final BotDetector bots;
    private final Predicate<ProjectId> tracker;
    private final ReadCache cache;

    /** A series' arguments, its key in the read cache. */
    private record SeriesKey(String metric, Bucket bucket, LocalDate from, LocalDate to) {
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
        this.items = items;
        this.people = people;
        this.bots = bots;
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
            case "activity_index" -> span.sums(ActivityIndex.ofCounts(activity(project, start, end),
                    span.bucket()), 0.0);
            case "time_to_first_response_days" -> span.medians(firstResponseDays(project, start, end));
            case "time_to_close_days" -> span.medians(endedDays(project, Ended.ISSUES_CLOSED, start, end));
            case "time_to_merge_days" -> span.medians(endedDays(project, Ended.CHANGES_MERGED, start, end));
            default -> span.sums(aggregates.countDays(project, COUNTED.get(metric), start, end), 0.0);
        };
    }

    /** Each non-bot developer's actions per day, a login resolved to its commit author as the calculator does. */
    private List<ActivityIndex.Count> activity(ProjectId project, Instant start, Instant end) {
        Logins logins = logins(project);
        List<ActivityIndex.Count> counts = new ArrayList<>();
        for (Tally t : items.tallies(project, start, end)) {
            String key = logins.humanKey(t.author(), t.authorBot());
            if (key != null) {
                counts.add(new ActivityIndex.Count(t.day(), key, ActivityIndex.Action.valueOf(t.action().name()),
                        t.count()));
            }
        }
        return counts;
    }

    /** Days from opening to close or merge, by the day it ended, for items by non-bots. */
    private Map<LocalDate, List<Double>> endedDays(ProjectId project, Ended what, Instant start, Instant end) {
        Logins logins = logins(project);
        Map<LocalDate, List<Double>> days = new TreeMap<>();
        for (Item i : items.ended(project, what, start, end)) {
            if (!logins.isBot(i.author(), i.authorBot()) && i.opened() != null) {
                add(days, i.until(), i.opened(), i.until());
            }
        }
        return days;
    }

    /**
     * Days from opening to the first response, by the day it was opened, for items by non-bots: the forge's stored
     * response, else the earliest comment or review by a non-bot other than the author (as {@code FirstResponses}).
     */
    private Map<LocalDate, List<Double>> firstResponseDays(ProjectId project, Instant start, Instant end) {
        Logins logins = logins(project);
        Map<List<String>, Item> opened = new HashMap<>();
        for (Item i : items.opened(project, start, end)) {
            opened.put(List.of(i.kind().name(), i.key()), i);
        }
        Map<List<String>, Instant> answered = new HashMap<>();
        for (Answer a : items.answers(project, start, end)) {
            List<String> ref = List.of(a.kind().name(), a.key());
            Item item = opened.get(ref);
            if (item != null && a.author() != null && !bots.isBotLogin(a.author(), a.authorBot())
                    && !a.author().equalsIgnoreCase(item.author())) {
                answered.merge(ref, a.at(), (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        Map<LocalDate, List<Double>> days = new TreeMap<>();
        opened.forEach((ref, i) -> {
            if (!logins.isBot(i.author(), i.authorBot())) {
                Instant response = i.until() != null ? i.until() : answered.get(ref);
                if (response != null) {
                    add(days, i.opened(), i.opened(), response);
                }
            }
        });
        return days;
    }

    private static void add(Map<LocalDate, List<Double>> days, Instant at, Instant from, Instant to) {
        days.computeIfAbsent(LocalDate.ofInstant(at, ZoneOffset.UTC), d -> new ArrayList<>())
                .add(SeriesCalculator.days(from, to));
    }

    private Logins logins(ProjectId project) {
        Map<String, LoginPerson> byLogin = new HashMap<>();
        items.committerLogins(project).forEach(p -> byLogin.putIfAbsent(Logins.lower(p.login()), p));
        return new Logins(byLogin, bots);
    }

    /**
     * Who is behind a forge login, as the calculators decide it: the commit author with that login, else the login
     * as its own person; a bot by identity's rule or by its person's flag.
     */
    private record Logins(Map<String, LoginPerson> byLogin, BotDetector bots) {

        boolean isBot(String login, boolean forgeFlag) {
            if (bots.isBotLogin(login, forgeFlag)) {
                return true;
            }
            LoginPerson p = login == null ? null : byLogin.get(lower(login));
            return p != null && p.bot();
        }

        /** The person key of a non-bot login, or null for a bot or a missing login. */
        String humanKey(String login, boolean forgeFlag) {
            if (login == null || login.isBlank() || isBot(login, forgeFlag)) {
                return null;
            }
            LoginPerson p = byLogin.get(lower(login));
            return p != null ? p.personKey() : "login:" + lower(login);
        }

        static String lower(String login) {
            return login.trim().toLowerCase(Locale.ROOT);
        }
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
