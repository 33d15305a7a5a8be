package io.forgepulse.pipeline;

import io.forgepulse.domain.AttributedCommit;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.Commit;
import io.forgepulse.domain.HistoryFacts;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.Person;
import io.forgepulse.domain.ProjectHistory;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.Review;
import io.forgepulse.forge.Capability;
import io.forgepulse.identity.Alias;
import io.forgepulse.identity.IdentityResolver;
import io.forgepulse.identity.MergeReview;
import io.forgepulse.store.CommitAuthor;
import io.forgepulse.store.EventAuthor;
import io.forgepulse.store.EventStore;
import io.forgepulse.store.SnapshotStore;
import io.forgepulse.store.WindowedEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * A score card's input from the events its windows can hold and the store's aggregates over the rest
 * (docs/scoring.md, "What a card reads"), so that rescoring a project costs what its last year holds, not what its
 * history holds. The card is the one {@link HistoryLoader}'s whole history gives; merging still sees every alias, read
 * as distinct author lines and logins rather than as events.
 */
@ApplicationScoped
public class WindowedHistory {

    /** How far back a card's windows reach: its longest window is the year before {@code now}. */
    static final Duration REACH = Duration.ofDays(365);

    private final WindowedEvents windowed;
    private final EventStore events;
    private final SnapshotStore snapshots;
    private final IdentityResolver resolver;
    private final Predicate<ProjectId> tracker;

    @Inject
    WindowedHistory(WindowedEvents windowed, EventStore events, SnapshotStore snapshots, IdentityResolver resolver,
            Connectors connectors) {
        this(windowed, events, snapshots, resolver, id -> connectors.reads(id.forge(), Capability.TRACKER));
    }

    WindowedHistory(WindowedEvents windowed, EventStore events, SnapshotStore snapshots, IdentityResolver resolver,
            Predicate<ProjectId> tracker) {
        this.windowed = windowed;
        this.events = events;
        this.snapshots = snapshots;
        this.resolver = resolver;
        this.tracker = tracker;
    }

    ScoringInput load(ProjectId project, Instant now) {
        // The database keeps microseconds: cut down, "since" reads a little more and "up to" exactly what it should.
        Instant since = now.minus(REACH).truncatedTo(ChronoUnit.MICROS);
        Instant upTo = now.truncatedTo(ChronoUnit.MICROS);
        BotFlags flags = new BotFlags(resolver.bots());
        // A forge without a tracker (plain git) stores no issue, change request, comment or review: none is read.
        boolean forge = tracker.test(project);
        List<CommitAuthor> authors = windowed.commitAuthors(project);
        Map<Alias, Person> people = resolver.resolve(aliases(project, authors, flags, forge));
        List<AttributedCommit> commits = windowed.commits(project, since).stream()
                .map(c -> HistoryLoader.attributed(resolver, c, people.get(HistoryLoader.alias(c))))
                .toList();
        TrackerWindow t = forge ? trackerWindow(project, since, flags) : TrackerWindow.NONE;
        ProjectHistory history = new ProjectHistory(project, snapshots.latest(project).orElse(null), commits,
                events.releases(project), t.issues(), t.changeRequests(), t.comments(), t.reviews(), forge);
        List<Person> commitAuthors = authors.stream().map(a -> people.get(alias(a))).distinct().toList();
        HistoryFacts whole = new HistoryFacts(
                !authors.isEmpty() || windowed.anyEvents(project),
                commitAuthors.stream().anyMatch(p -> !p.bot()),
                commitAuthors,
                authors.isEmpty() ? null : windowed.firstCommit(project).orElse(null),
                lastHumanCommit(project, commits, authors, people, now, upTo),
                firstCommits(authors, people),
                forge ? Map.of() : commitsPerOrganization(project, authors, people));
        return new ScoringInput(history, whole, people);
    }

    /**
     * The merges made and the candidate merges not made, over every alias of the project: the author lines and the
     * distinct logins, a row each, not every event.
     */
    public MergeReview review(ProjectId project) {
        BotFlags flags = new BotFlags(resolver.bots());
        return resolver.review(aliases(project, windowed.commitAuthors(project), flags, tracker.test(project)));
    }

    /**
     * Every alias of the whole history: the author lines, then the same login aliases HistoryLoader makes from every
     * event, from the distinct (login, flag) pairs (none for a forge without a tracker).
     */
    private Set<Alias> aliases(ProjectId project, List<CommitAuthor> authors, BotFlags flags, boolean forge) {
        Set<Alias> aliases = new LinkedHashSet<>();
        authors.forEach(a -> aliases.add(alias(a)));
        for (EventAuthor a : forge ? windowed.eventAuthors(project) : List.<EventAuthor>of()) {
            HistoryLoader.addLogin(aliases, a.login(), flags.bot(a.login(), a.bot()));
        }
        return aliases;
    }

    /** The window's issues, change requests, comments and reviews, bot flags and first responses applied. */
    private TrackerWindow trackerWindow(ProjectId project, Instant since, BotFlags flags) {
        List<Comment> comments = flags.comments(windowed.comments(project, since));
        List<Review> reviews = flags.reviews(windowed.reviews(project, since));
        List<Comment> answers = new ArrayList<>(flags.comments(windowed.earlierAnswers(project, since)));
        answers.addAll(comments);
        // Change requests get their first responses from the window's comments and reviews only: no score reads them.
        FirstResponses responses = new FirstResponses(answers, reviews);
        return new TrackerWindow(responses.issues(flags.issues(windowed.issues(project, since))),
                responses.changeRequests(flags.changeRequests(windowed.changeRequests(project, since))),
                comments, reviews);
    }

    private record TrackerWindow(List<Issue> issues, List<ChangeRequest> changeRequests, List<Comment> comments,
            List<Review> reviews) {
        static final TrackerWindow NONE = new TrackerWindow(List.of(), List.of(), List.of(), List.of());
    }

    /**
     * The newest non-bot commit up to {@code now}: the window's, or when the window has none, the one at the newest
     * instant any non-bot author line has a commit at up to {@code upTo} ({@code now} as stored). A line's newest
     * commit is its total's, read again from its commits only when that one is dated after {@code upTo}.
     */
    private AttributedCommit lastHumanCommit(ProjectId project, List<AttributedCommit> window,
            List<CommitAuthor> authors, Map<Alias, Person> people, Instant now, Instant upTo) {
        Comparator<AttributedCommit> order = Comparator.comparing((AttributedCommit c) -> c.commit().author().when().toInstant())
                .thenComparing(c -> c.commit().sha(), Comparator.nullsFirst(Comparator.naturalOrder()));
        AttributedCommit last = window.stream()
                .filter(c -> !c.author().bot() && !c.commit().author().when().toInstant().isAfter(now))
                .max(order).orElse(null);
        if (last != null) {
            return last;
        }
        Instant at = null;
        for (CommitAuthor a : authors) {
            if (people.get(alias(a)).bot()) {
                continue;
            }
            Instant newest = a.last().isAfter(upTo)
                    ? windowed.lastCommitUpTo(project, a.name(), a.email(), upTo).orElse(null)
                    : a.last();
            if (newest != null && (at == null || newest.isAfter(at))) {
                at = newest;
            }
        }
        if (at == null) {
            return null;
        }
        return windowed.commitsAt(project, at).stream()
                .map(c -> HistoryLoader.attributed(resolver, c, people.get(HistoryLoader.alias(c))))
                .filter(c -> !c.author().bot())
                .max(order).orElse(null);
    }

    private static Map<String, Instant> firstCommits(List<CommitAuthor> authors, Map<Alias, Person> people) {
        Map<String, Instant> first = new TreeMap<>();
        for (CommitAuthor a : authors) {
            Person p = people.get(alias(a));
            if (!p.bot()) {
                first.merge(p.key(), a.first(), (x, y) -> x.isBefore(y) ? x : y);
            }
        }
        return first;
    }

    /**
     * Non-bot commits per organization over the whole history, from each author line's count; only a person the
     * identities file enrols (whose organization depends on the date) has their commits' dates read.
     */
    private Map<String, Long> commitsPerOrganization(ProjectId project, List<CommitAuthor> authors,
            Map<Alias, Person> people) {
        Map<String, Long> counts = new TreeMap<>();
        for (CommitAuthor a : authors) {
            Person p = people.get(alias(a));
            if (p.bot()) {
                continue;
            }
            if (resolver.datesOrganization(p)) {
                windowed.authorDates(project, a.name(), a.email()).stream()
                        .map(when -> resolver.organizationAt(p, when)).filter(Objects::nonNull)
                        .forEach(o -> counts.merge(o, 1L, Long::sum));
            } else if (p.organization() != null) {
                counts.merge(p.organization(), a.commits(), Long::sum);
            }
        }
        return counts;
    }

    /** The alias {@link HistoryLoader#alias} makes of a commit by this author line. */
    private static Alias alias(CommitAuthor a) {
        return new Alias(a.name(), a.email(), null, null, false);
    }
}
