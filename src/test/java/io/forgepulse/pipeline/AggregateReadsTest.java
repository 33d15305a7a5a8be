package io.forgepulse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.forgepulse.domain.AttributedCommit;
import io.forgepulse.domain.AuthorRelation;
import io.forgepulse.domain.Bucket;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.Commit;
import io.forgepulse.domain.Events;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.ItemKind;
import io.forgepulse.domain.Person;
import io.forgepulse.domain.ProjectHistory;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.Release;
import io.forgepulse.domain.Review;
import io.forgepulse.domain.SeriesPoint;
import io.forgepulse.domain.Signature;
import io.forgepulse.identity.BotDetector;
import io.forgepulse.identity.IdentityResolver;
import io.forgepulse.identity.IdentityRules;
import io.forgepulse.scoring.PulseCalculator;
import io.forgepulse.scoring.SeriesCalculator;
import io.forgepulse.store.ActivityAggregates;
import io.forgepulse.store.ContributorRow;
import io.forgepulse.store.EventStore;
import io.forgepulse.store.IdentityRow;
import io.forgepulse.store.PeopleStore;
import io.forgepulse.store.ProjectStore;
import io.forgepulse.store.StatementCount;
import io.forgepulse.store.StoredProject;
import io.forgepulse.store.TestDatabase;
import io.forgepulse.store.TrackerAggregates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Series (medians and the activity index included), pulse and contributors read from the store's aggregates: the same
 * answers as the calculators over the whole loaded history (the way they were computed before), and the same number
 * of SQL statements for 50 commits as for 5,000.
 */
class AggregateReadsTest {

    private static final ProjectId SMALL = ProjectId.parse("github:acme/small");
    private static final ProjectId LARGE = ProjectId.parse("github:acme/large");
    private static final ProjectId GIT = ProjectId.parse("git:plain");
    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");
    private static final List<String> METRICS = List.copyOf(SeriesCalculator.metrics());
    private static final BotDetector BOTS = new IdentityResolver(IdentityRules.defaults()).bots();

    static Stream<String> kinds() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aggregatesAnswerAsTheHistoryDoesWithAConstantNumberOfStatements(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi jdbi = db.jdbi();
            Map<ProjectId, ProjectHistory> histories = new HashMap<>();
            histories.put(SMALL, store(jdbi, SMALL, 50));
            histories.put(LARGE, store(jdbi, LARGE, 5_000));
            histories.put(GIT, store(jdbi, GIT, 300));
            AtomicInteger statements = StatementCount.of(jdbi);
            // The read cache is off: every read is computed, as a miss would be.
            ActivityReads reads = new ActivityReads(new ActivityAggregates(jdbi), new TrackerAggregates(jdbi),
                    new PeopleStore(jdbi), BOTS, id -> id.forge() != io.forgepulse.domain.Forge.GIT,
                    new ReadCache(id -> java.util.Optional.empty(), 0));
            Map<String, Integer> counts = new HashMap<>();
            for (ProjectId id : List.of(SMALL, LARGE, GIT)) {
                ProjectHistory h = histories.get(id);
                for (String metric : METRICS) {
                    for (Bucket bucket : Bucket.values()) {
                        for (LocalDate[] range : List.of(new LocalDate[] {null, null},
                                new LocalDate[] {LocalDate.of(2024, 3, 6), LocalDate.of(2025, 2, 11)},
                                new LocalDate[] {null, LocalDate.of(2023, 1, 1)})) {
                            int before = statements.get();
                            List<SeriesPoint> read = reads.series(id, metric, bucket, range[0], range[1]);
                            String what = id + " " + metric + " " + bucket + " " + range[0] + " " + range[1];
                            List<SeriesPoint> expected = SeriesCalculator.series(h, metric, bucket, range[0], range[1]);
                            if (metric.equals("activity_index")) {
                                assertSameIndex(read, expected, what);
                            } else {
                                assertThat(read).as(what).isEqualTo(expected);
                            }
                            if (id.equals(SMALL)) {
                                counts.put("small " + metric + bucket + range[0] + range[1], statements.get() - before);
                            } else if (id.equals(LARGE)) {
                                assertThat(statements.get() - before).as("statements of %s by %s", metric, bucket)
                                        .isEqualTo(counts.get("small " + metric + bucket + range[0] + range[1]))
                                        .isLessThanOrEqualTo(4);
                            }
                        }
                    }
                }
                for (int days : List.of(7, 30, 366)) {
                    Instant from = NOW.minusSeconds(days * 86_400L);
                    int before = statements.get();
                    assertThat(reads.pulse(id, from, NOW)).isEqualTo(PulseCalculator.pulse(h, from, NOW));
                    assertThat(statements.get() - before).as("statements of a pulse").isEqualTo(3);
                }
                LocalDate from = LocalDate.of(2024, 3, 6);
                LocalDate to = LocalDate.of(2025, 2, 11);
                int before = statements.get();
                List<ContributorRow> contributors = reads.contributors(id, start(from), start(to.plusDays(1)));
                counts.merge("contributors", statements.get() - before, (small, now) -> {
                    assertThat(now).as("statements of contributors").isEqualTo(small);
                    return small;
                });
                assertThat(contributors).extracting(ContributorRow::key, ContributorRow::commits)
                        .containsExactlyInAnyOrderElementsOf(commitsPerPerson(h, start(from), start(to.plusDays(1))));
            }
        }
    }

    /** The activity index is the same up to the order of floating-point additions. */
    private static void assertSameIndex(List<SeriesPoint> read, List<SeriesPoint> expected, String what) {
        assertThat(read).as(what).extracting(SeriesPoint::start)
                .containsExactlyElementsOf(expected.stream().map(SeriesPoint::start).toList());
        for (int i = 0; i < read.size(); i++) {
            assertThat(read.get(i).value()).as("%s at %s", what, read.get(i).start())
                    .isCloseTo(expected.get(i).value(), within(1e-9 * Math.max(1, expected.get(i).value())));
        }
    }

    /** The oracle of the contributors: each person's commits in the range, counted over the loaded history. */
    private static List<org.assertj.core.groups.Tuple> commitsPerPerson(ProjectHistory h, Instant from, Instant to) {
        Map<String, Integer> commits = new HashMap<>();
        for (AttributedCommit c : h.commits()) {
            Instant at = c.commit().author().when().toInstant();
            if (!at.isBefore(from) && at.isBefore(to)) {
                commits.merge(c.author().key(), 1, Integer::sum);
            }
        }
        return commits.entrySet().stream().map(e -> org.assertj.core.groups.Tuple.tuple(e.getKey(), e.getValue()))
                .toList();
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Stores a generated project (commits by 40 people and a bot, tags, issues, pulls) and returns its history. */
    private static ProjectHistory store(Jdbi jdbi, ProjectId id, int commits) {
        new ProjectStore(jdbi).track(id, "/tmp/" + id.path(), StoredProject.ORIGIN_CONFIG, NOW);
        Instant start = NOW.minusSeconds(5L * 365 * 86_400);
        long step = (NOW.getEpochSecond() - start.getEpochSecond()) / commits;
        Map<String, Person> people = new HashMap<>();
        List<AttributedCommit> attributed = new ArrayList<>();
        List<Commit> list = new ArrayList<>();
        for (int i = 0; i < commits; i++) {
            int a = (i * 7919) % 41;
            String name = a == 40 ? "dependabot[bot]" : "Dev " + a;
            String mail = a == 40 ? "bot@example.org" : "dev" + a + "@org" + (a % 5) + ".example";
            OffsetDateTime when = start.plusSeconds(i * step + (i % 13) * 3_600L)
                    .atOffset(ZoneOffset.ofHours(i % 3 == 0 ? -8 : 5));
            Commit c = new Commit(String.format("%040x", i), new Signature(name, mail, when),
                    new Signature(name, mail, when), 1 + i % 4, 3 + i % 50, i % 7, List.of(), false);
            list.add(c);
            // Two e-mails of one person: Dev 1 and Dev 2 are merged, as identity merging would. Dev 3 is the forge's
            // "User3" (issues say "user3"); the bot commits and opens issues as "depbot", which no name rule catches.
            String key = a == 2 ? "dev1@org1.example" : mail;
            List<String> logins = a == 3 ? List.of("User3") : a == 40 ? List.of("depbot") : List.of();
            Person p = people.computeIfAbsent(key, k -> new Person(k, name, null, a == 40, List.of(k), logins));
            attributed.add(new AttributedCommit(c, p));
        }
        EventStore events = new EventStore(jdbi);
        for (int from = 0; from < list.size(); from += 1_000) {
            events.write(id, Events.ofCommits(list.subList(from, Math.min(list.size(), from + 1_000))), Map.of());
        }
        List<Release> releases = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        List<ChangeRequest> pulls = new ArrayList<>();
        List<Comment> comments = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        for (int i = 0; i < commits / 10; i++) {
            OffsetDateTime at = start.plusSeconds(i * step * 10 + 7_200).atOffset(ZoneOffset.UTC);
            releases.add(new Release("v" + i, at.withOffsetSameInstant(ZoneOffset.ofHours(2)), true, false, false));
            String opener = i % 17 == 0 ? "depbot" : i % 23 == 0 ? "renovate[bot]" : "user" + i % 9;
            issues.add(new Issue("i" + i, opener, false, AuthorRelation.NONE, at, at,
                    i % 3 == 0 ? null : at.plusDays(i % 20), i % 5 == 0 ? at.plusMinutes(7 * i % 600) : null));
            pulls.add(new ChangeRequest("p" + i, "user" + i % 7, i % 11 == 0, AuthorRelation.CONTRIBUTOR, at, at,
                    i % 4 == 0 ? null : at.plusHours(i % 90), i % 2 == 0 ? at.plusHours(i % 90) : null, null,
                    i % 6 == 0 ? at.plusHours(5) : null, false));
            // Answers: the author's own (never a response), a bot's (never either), then people's, some later
            // than the item's own bucket; review comments and reviews on pulls.
            comments.add(new Comment("c" + i + "a", ItemKind.ISSUE, "i" + i, opener, false, at.plusMinutes(3), false));
            comments.add(new Comment("c" + i + "b", ItemKind.ISSUE, "i" + i, "ci-bot", false, at.plusMinutes(5), false));
            if (i % 4 != 1) {
                comments.add(new Comment("c" + i + "c", ItemKind.ISSUE, "i" + i, "user" + (i + 1) % 9, false,
                        at.plusHours(i % 300), false));
            }
            comments.add(new Comment("c" + i + "d", ItemKind.CHANGE_REQUEST, "p" + i, "User" + i % 7, false,
                    at.plusHours(1 + i % 40), i % 3 == 0));
            comments.add(new Comment("c" + i + "e", ItemKind.CHANGE_REQUEST, "i" + i, "user" + (i + 2) % 9, i % 8 == 0,
                    at.plusHours(2 + i % 50), false));
            if (i % 2 == 1) {
                reviews.add(new Review("r" + i, "p" + i, "user" + (i + 3) % 7, false, at.plusHours(i % 70),
                        "APPROVED"));
            }
        }
        if (id.forge() == io.forgepulse.domain.Forge.GIT) {
            issues.clear();
            pulls.clear();
            comments.clear();
            reviews.clear();
        }
        events.write(id, new Events(List.of(), releases, issues, pulls, comments, reviews), Map.of());
        Map<String, Person> bots = new HashMap<>();
        List<IdentityRow> identities = new ArrayList<>();
        for (AttributedCommit c : attributed) {
            identities.add(new IdentityRow(c.commit().author().email(), c.commit().author().name(), "",
                    c.author().key()));
            bots.put(c.author().key(), c.author());
        }
        for (Person p : people.values()) {
            p.logins().forEach(login -> identities.add(new IdentityRow("", "", login, p.key())));
        }
        // A login alias that is a person of its own (no commits): a login, not a commit author.
        identities.add(new IdentityRow("", "", "user5", "login:user5"));
        List<Person> stored = new ArrayList<>(bots.values());
        stored.add(new Person("login:user5", "user5", null, false, List.of(), List.of("user5")));
        new PeopleStore(jdbi).replace(id, stored, identities);
        // The history as HistoryLoader makes it: identity's bot rule on every event, first responses filled in.
        BotFlags flags = new BotFlags(BOTS);
        List<Comment> flaggedComments = flags.comments(comments);
        List<Review> flaggedReviews = flags.reviews(reviews);
        FirstResponses responses = new FirstResponses(flaggedComments, flaggedReviews);
        return new ProjectHistory(id, null, attributed, releases, responses.issues(flags.issues(issues)),
                responses.changeRequests(flags.changeRequests(pulls)), flaggedComments, flaggedReviews,
                id.forge() != io.forgepulse.domain.Forge.GIT);
    }
}
