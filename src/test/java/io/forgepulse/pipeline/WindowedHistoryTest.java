package io.forgepulse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.AuthorRelation;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.Commit;
import io.forgepulse.domain.Events;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.ItemKind;
import io.forgepulse.domain.ProjectHistory;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.Release;
import io.forgepulse.domain.Review;
import io.forgepulse.domain.ScoreCard;
import io.forgepulse.domain.Signature;
import io.forgepulse.identity.Alias;
import io.forgepulse.identity.IdentityResolver;
import io.forgepulse.identity.IdentityRules;
import io.forgepulse.identity.OperatorIdentities;
import io.forgepulse.scoring.ScoreCardCalculator;
import io.forgepulse.scoring.ScoringRules;
import io.forgepulse.store.EventStore;
import io.forgepulse.store.ProjectStore;
import io.forgepulse.store.SnapshotStore;
import io.forgepulse.store.StatementCount;
import io.forgepulse.store.StoredProject;
import io.forgepulse.store.TestDatabase;
import io.forgepulse.store.WindowedEvents;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The card from the windows' events and the store's aggregates is the card from the whole history (every score,
 * leaf, evidence and measure), for generated histories of twelve years seen from instants before, inside and long
 * after them; and its reads do not grow when ten times more history lies before its windows.
 */
class WindowedHistoryTest {

    private static final Instant START = Instant.parse("2014-03-01T09:00:00Z");
    private static final Instant END = Instant.parse("2026-06-30T12:00:00Z");
    /** Dev 3's organization is the identities file's Acme for four years, his mail domain's before and after. */
    private static final IdentityRules IDENTITIES = IdentityRules.defaults().withOperator(OperatorIdentities.parse("""
            person: Dev Three
            alias: dev3@org3.example
            enrol: Acme 2018-01-01..2021-12-31
            """));

    static Stream<String> kinds() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void theWindowedCardIsTheWholeHistorysCard(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi jdbi = db.jdbi();
            IdentityResolver resolver = new IdentityResolver(IDENTITIES);
            HistoryLoader full = new HistoryLoader(new EventStore(jdbi), new SnapshotStore(jdbi), resolver,
                    WindowedHistoryTest::forge);
            WindowedHistory windowed = windowed(jdbi, resolver);
            List<Instant> nows = new ArrayList<>(List.of(END, END.plus(Duration.ofDays(100)),
                    END.plus(Duration.ofDays(400)), END.plus(Duration.ofDays(3 * 365)), START.plus(Duration.ofDays(6 * 365)),
                    START.plus(Duration.ofDays(30)), START.minus(Duration.ofDays(10)), START.plus(Duration.ofDays(366))));
            Random random = new Random(7);
            for (int i = 0; i < 8; i++) {
                nows.add(START.plusSeconds((long) (random.nextDouble() * (END.getEpochSecond() - START.getEpochSecond() + 90 * 86_400L))));
            }
            for (ProjectId id : List.of(ProjectId.parse("github:acme/long"), ProjectId.parse("git:long"))) {
                store(jdbi, id, 3_000, START, 1);
                LoadedHistory whole = full.load(id);
                // The review of merges from the author lines and distinct logins is the one over every event's alias.
                assertThat(windowed.review(id)).as("review of %s", id)
                        .isEqualTo(resolver.review(everyAlias(whole.history())))
                        .satisfies(r -> assertThat(r.merges()).isNotEmpty());
                for (ScoringRules rules : List.of(ScoringRules.defaults(),
                        new ScoringRules(ScoringRules.defaults().foundations(), Set.of("org1.example")))) {
                    for (Instant now : nows) {
                        ScoringInput input = windowed.load(id, now);
                        ScoreCard expected = ScoreCardCalculator.calculate(whole.history(), now, rules);
                        ScoreCard card = ScoreCardCalculator.calculate(input.windows(), input.whole(), now, rules);
                        assertThat(card).as("%s at %s", id, now).isEqualTo(expected);
                        assertThat(input.people()).as("people of %s", id).isEqualTo(whole.people());
                        if (!now.isBefore(END)) {
                            // Seen from after the history (as a harvest's "now" is), a card reads its last year only.
                            assertThat(input.windows().commits().size()).isLessThan(whole.history().commits().size() / 5);
                        }
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void olderHistoryAddsNoRowAndNoStatement(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi jdbi = db.jdbi();
            ProjectId recent = ProjectId.parse("github:acme/recent");
            ProjectId old = ProjectId.parse("github:acme/old");
            // The same last two years, once alone and once after eighteen more years ten times as busy.
            Instant twoYears = END.minus(Duration.ofDays(730));
            store(jdbi, recent, 1_000, twoYears, 1);
            store(jdbi, old, 1_000, twoYears, 1);
            // Ending four years ago, none of it (pulls merged up to 800 days late included) reaches the windows.
            store(jdbi, old, 10_000, END.minus(Duration.ofDays(22 * 365)), 10, END.minus(Duration.ofDays(4 * 365)));
            AtomicInteger statements = StatementCount.of(jdbi);
            IdentityResolver resolver = new IdentityResolver(IDENTITIES);
            WindowedHistory windowed = windowed(jdbi, resolver);
            for (Instant now : List.of(END, END.minus(Duration.ofDays(200)))) {
                int before = statements.get();
                ScoringInput small = windowed.load(recent, now);
                int smallStatements = statements.get() - before;
                before = statements.get();
                ScoringInput large = windowed.load(old, now);
                assertThat(statements.get() - before).as("statements").isEqualTo(smallStatements);
                assertThat(rows(large)).as("events read").isEqualTo(rows(small)).isPositive();
                WindowedEvents events = new WindowedEvents(jdbi);
                // The aggregates answer a row per author line (34 are generated) and per login and flag (15 logins, most
                // flagged once as a bot by a review), whatever the history.
                assertThat(events.commitAuthors(old)).hasSizeLessThanOrEqualTo(34);
                assertThat(events.eventAuthors(old)).hasSizeLessThanOrEqualTo(30);
            }
        }
    }

    private static int rows(ScoringInput input) {
        var h = input.windows();
        return h.commits().size() + h.issues().size() + h.changeRequests().size() + h.comments().size()
                + h.reviews().size();
    }

    private static WindowedHistory windowed(Jdbi jdbi, IdentityResolver resolver) {
        return new WindowedHistory(new WindowedEvents(jdbi), new EventStore(jdbi), new SnapshotStore(jdbi), resolver,
                WindowedHistoryTest::forge);
    }

    private static boolean forge(ProjectId id) {
        return id.forge() != io.forgepulse.domain.Forge.GIT;
    }

    static void store(Jdbi jdbi, ProjectId id, int commits, Instant from, int density) {
        new ProjectStore(jdbi).track(id, "/tmp/" + id.path(), StoredProject.ORIGIN_CONFIG, END);
        store(jdbi, id, commits, from, density, END);
    }

    /**
     * Stores {@code commits} commits between {@code from} and {@code to} and about a tenth as many issues, pulls and
     * releases, with three comments and a review per item: 30 people coming and going, aliases that merge (two
     * e-mails of one name, a GitHub noreply address and its login), bots by forge flag, name and login, items open for
     * years and answered late, comments older than their issue, pre-releases.
     */
    private static void store(Jdbi jdbi, ProjectId id, int commits, Instant from, int density, Instant to) {
        Random r = new Random(from.getEpochSecond() * 31L + commits);
        long span = to.getEpochSecond() - from.getEpochSecond();
        String tag = from.equals(START) || density == 1 ? "" : "o";
        EventStore events = new EventStore(jdbi);
        List<Commit> list = new ArrayList<>();
        for (int i = 0; i < commits; i++) {
            int a = r.nextInt(33);
            // Each person works in a stretch of the span: some left long ago, some came late.
            double begin = (a % 10) / 12.0;
            double at = begin + r.nextDouble() * (1 - begin) * (a % 3 == 0 ? 0.5 : 1);
            OffsetDateTime when = from.plusSeconds((long) (at * span)).atOffset(ZoneOffset.ofHours(a % 5 - 2));
            Signature author = switch (a) {
                case 30 -> new Signature("dependabot[bot]", "49699333+dependabot[bot]@users.noreply.github.com", when);
                case 31 -> new Signature("StepSecurity Bot", "bot@stepsecurity.io", when);
                case 32 -> new Signature("Dev Seven", "7+user7@users.noreply.github.com", when);
                case 5 -> new Signature("Dev Five", i % 2 == 0 ? "dev5@home.example" : "dev5@org1.example", when);
                default -> new Signature("Dev " + words(a), "dev" + a + "@org" + a % 4 + ".example", when);
            };
            list.add(new Commit(String.format("%s%039x", tag.isEmpty() ? "a" : "b", i), author, author, 1, 2, 0,
                    List.of(), i % 3 == 0));
        }
        for (int i = 0; i < list.size(); i += 1_000) {
            events.write(id, Events.ofCommits(list.subList(i, Math.min(list.size(), i + 1_000))), Map.of());
        }
        List<Release> releases = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        List<ChangeRequest> pulls = new ArrayList<>();
        List<Comment> comments = new ArrayList<>();
        List<Review> reviews = new ArrayList<>();
        AuthorRelation[] relations = {AuthorRelation.MEMBER, AuthorRelation.CONTRIBUTOR, AuthorRelation.NONE,
                AuthorRelation.UNKNOWN, AuthorRelation.OWNER};
        for (int i = 0; i < commits / 10; i++) {
            OffsetDateTime at = from.plusSeconds((long) (r.nextDouble() * span)).atOffset(ZoneOffset.UTC);
            releases.add(new Release(tag + "v" + i + (i % 6 == 0 ? "-rc1" : ""), at, true, i % 2 == 0, i % 3 == 0));
            String opener = i % 17 == 0 ? "renovate[bot]" : "user" + r.nextInt(12);
            OffsetDateTime updated = i % 9 == 0 && to.equals(END) ? END.minus(Duration.ofDays(r.nextInt(400))).atOffset(ZoneOffset.UTC) : at.plusDays(r.nextInt(40));
            boolean open = i % 5 == 0;
            issues.add(new Issue(tag + "i" + i, opener, false, relations[i % 5], at, updated,
                    open ? null : at.plusDays(r.nextInt(90)), i % 4 == 0 ? at.plusHours(r.nextInt(200)) : null));
            OffsetDateTime merged = i % 3 == 0 ? null : at.plusDays(i % 7 == 0 ? 500 + r.nextInt(300) : r.nextInt(20));
            pulls.add(new ChangeRequest(tag + "p" + i, i % 13 == 0 ? "dependabot[bot]" : "user" + r.nextInt(9),
                    i % 13 == 0, relations[(i + 2) % 5], at, at,
                    merged == null && i % 2 == 0 ? at.plusDays(r.nextInt(600)) : merged, merged,
                    merged == null ? null : i % 4 == 0 ? "web-flow" : "user" + r.nextInt(4), null, i % 3 != 1));
            for (int c = 0; c < 3; c++) {
                // Mostly after the item, a few before it (bad data the whole history counts too).
                OffsetDateTime when = at.plusHours(c == 2 && i % 11 == 0 ? -24 * 400 : r.nextInt(24 * 30));
                String author = c == 0 ? opener : c == 1 && i % 7 == 0 ? "ci-bot" : "user" + r.nextInt(12);
                comments.add(new Comment(tag + "c" + i + "-" + c, c == 1 ? ItemKind.CHANGE_REQUEST : ItemKind.ISSUE,
                        c == 1 ? tag + "p" + i : tag + "i" + i, author, false, when, c == 1 && i % 2 == 0));
            }
            reviews.add(new Review(tag + "r" + i, tag + "p" + i, "user" + r.nextInt(9), i % 19 == 0,
                    at.plusHours(r.nextInt(24 * 60)), "APPROVED"));
        }
        if (!forge(id)) {
            issues.clear();
            pulls.clear();
            comments.clear();
            reviews.clear();
        }
        events.write(id, new Events(List.of(), releases, issues, pulls, comments, reviews), Map.of());
    }

    private static String words(int n) {
        String[] ones = {"Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine"};
        return n < 10 ? ones[n] : ones[n / 10] + " " + ones[n % 10];
    }

    /** Every alias of a loaded history, as the events give them: author lines, then logins with their bot flags. */
    private static Set<Alias> everyAlias(ProjectHistory history) {
        Set<Alias> aliases = new LinkedHashSet<>();
        history.commits().forEach(c -> aliases.add(HistoryLoader.alias(c.commit())));
        history.issues().forEach(i -> HistoryLoader.addLogin(aliases, i.author(), i.authorIsBot()));
        history.changeRequests().forEach(c -> HistoryLoader.addLogin(aliases, c.author(), c.authorIsBot()));
        history.comments().forEach(c -> HistoryLoader.addLogin(aliases, c.author(), c.authorIsBot()));
        history.reviews().forEach(r -> HistoryLoader.addLogin(aliases, r.author(), r.authorIsBot()));
        return aliases;
    }
}
