package io.forgepulse.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.forgepulse.domain.AxisScore;
import io.forgepulse.domain.AuthorRelation;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.Commit;
import io.forgepulse.domain.Criterion;
import io.forgepulse.domain.Events;
import io.forgepulse.domain.FileKind;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.ItemKind;
import io.forgepulse.domain.MaturityLevel;
import io.forgepulse.domain.OwnerType;
import io.forgepulse.domain.Person;
import io.forgepulse.domain.ProjectFile;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.ProjectSnapshot;
import io.forgepulse.domain.Release;
import io.forgepulse.domain.ScoreCard;
import io.forgepulse.domain.Signature;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The store's contract, run on H2 and, when FORGEPULSE_TEST_POSTGRES_URL is set, on PostgreSQL. */
class StoreSuiteTest {

    private static final ProjectId PROJECT = ProjectId.parse("git:sample");
    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");

    static java.util.stream.Stream<String> kinds() {
        return TestDatabase.kinds();
    }

    private static Commit commit(String sha, String when, String name, String mail, List<String> signoffs) {
        Signature sig = new Signature(name, mail, OffsetDateTime.parse(when));
        return new Commit(sha, sig, new Signature("Committer", "c@example.org", OffsetDateTime.parse(when).plusHours(1)),
                3, 10, 2, signoffs, false);
    }

    /** The database's Jdbi with {@link #PROJECT} tracked, as a case starts. */
    private static Jdbi withProject(TestDatabase db) {
        Jdbi jdbi = db.jdbi();
        new ProjectStore(jdbi).track(PROJECT, "/tmp/x", StoredProject.ORIGIN_CONFIG, NOW);
        return jdbi;
    }

    private static EventsWritten writeCommits(EventStore events, List<Commit> commits, String position) {
        return events.write(PROJECT, Events.ofCommits(commits), Map.of("commits", position));
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void pruningKeepsTheRecentRunsAndTheLatestSuccess(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi jdbi = db.jdbi();
            new ProjectStore(jdbi).track(PROJECT, "/tmp/x", StoredProject.ORIGIN_CONFIG, NOW);
            HarvestRunStore runs = new HarvestRunStore(jdbi);
            // 40 daily runs: successes until day 20, failures since; the cut-off is 10 days ago.
            for (int day = 40; day >= 1; day--) {
                Instant at = NOW.minusSeconds(day * 86_400L);
                long id = runs.start(PROJECT, at, "test-instance");
                runs.finish(id, day > 20 ? HarvestRun.SUCCESS : HarvestRun.FAILURE, at.plusSeconds(5),
                        java.time.Duration.ofSeconds(5), EventsWritten.NONE, null);
            }
            Instant lastSuccess = runs.latestSuccess(PROJECT).orElseThrow().finishedAt();

            int deleted = runs.prune(PROJECT, NOW.minusSeconds(10 * 86_400L + 1));

            assertThat(deleted).isEqualTo(40 - 10 - 1);
            assertThat(runs.recent(PROJECT, 100)).hasSize(11);
            assertThat(runs.latestSuccess(PROJECT).orElseThrow().finishedAt()).isEqualTo(lastSuccess);
            assertThat(runs.prune(PROJECT, NOW.minusSeconds(10 * 86_400L + 1))).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aPositionAloneIsStoredBesideTheStreamsWithoutChangingTheData(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi jdbi = db.jdbi();
            new ProjectStore(jdbi).track(PROJECT, "/tmp/x", StoredProject.ORIGIN_CONFIG, NOW);
            EventStore events = new EventStore(jdbi);
            writeCommits(events, List.of(commit("a1", "2026-01-01T10:00:00Z", "Ann", "ann@example.org", List.of())), "a1");
            DataVersions versions = new DataVersions(jdbi);
            String version = versions.current(PROJECT).orElseThrow();

            events.position(PROJECT, "state", "s1");
            events.position(PROJECT, "state", "s2");

            assertThat(events.cursor(PROJECT)).isEqualTo(Map.of("commits", "a1", "state", "s2"));
            assertThat(versions.current(PROJECT)).as("read caches stay valid").contains(version);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aRunThatStoredNothingEndsInPlaceOfThePreviousOneAndIsTheLatest(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi jdbi = db.jdbi();
            new ProjectStore(jdbi).track(PROJECT, "/tmp/x", StoredProject.ORIGIN_CONFIG, NOW);
            HarvestRunStore runs = new HarvestRunStore(jdbi);
            ListingVersion listing = new ListingVersion(jdbi);
            Instant cut = NOW.minusSeconds(30 * 86_400L);
            java.time.Duration second = java.time.Duration.ofSeconds(1);
            long failed = runs.start(PROJECT, NOW, "test-instance");
            runs.recordEnd(PROJECT, failed, HarvestRun.FAILURE, NOW.plusSeconds(1), second, EventsWritten.NONE,
                    "no directory", Optional.empty(), cut);
            long quiet = runs.start(PROJECT, NOW.plusSeconds(60), "test-instance");
            runs.recordEnd(PROJECT, quiet, HarvestRun.SUCCESS, NOW.plusSeconds(61), second, EventsWritten.NONE, null,
                    Optional.empty(), cut);
            long again = runs.start(PROJECT, NOW.plusSeconds(120), "test-instance");
            long version = listing.current();

            runs.recordEnd(PROJECT, again, HarvestRun.SUCCESS, NOW.plusSeconds(121), second, EventsWritten.NONE, null,
                    Optional.of(quiet), cut);

            assertThat(runs.recent(PROJECT, 10)).extracting(HarvestRun::id).containsExactly(again, failed);
            assertThat(runs.lastCheck(PROJECT, "state").latest()).as("the run the project points at")
                    .hasValueSatisfying(r -> {
                        assertThat(r.id()).isEqualTo(again);
                        assertThat(r.outcome()).isEqualTo(HarvestRun.SUCCESS);
                    });
            assertThat(listing.current()).as("the listing version").isGreaterThan(version);

            // A run whose end would replace the one the project points at (a start after its own) leaves that one.
            long earlier = runs.start(PROJECT, NOW.plusSeconds(180), "test-instance");
            long later = runs.start(PROJECT, NOW.plusSeconds(181), "test-instance");
            runs.recordEnd(PROJECT, earlier, HarvestRun.SUCCESS, NOW.plusSeconds(182), second, EventsWritten.NONE,
                    null, Optional.of(later), cut);
            assertThat(runs.recent(PROJECT, 10)).extracting(HarvestRun::id).containsExactly(later, earlier, again,
                    failed);
            assertThat(runs.lastCheck(PROJECT, "state").latest()).map(HarvestRun::id).contains(later);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void commitsRoundTripWithOffsetsAndAreWrittenOnce(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi jdbi = db.jdbi();
            new ProjectStore(jdbi).track(PROJECT, "/tmp/x", StoredProject.ORIGIN_CONFIG, NOW);
            EventStore events = new EventStore(jdbi);
            List<Commit> batch = List.of(
                    commit("a1", "2024-01-31T23:30:00-08:00", "Ann", "ann@example.org", List.of("Ann <ann@example.org>")),
                    commit("b2", "2024-02-01T05:15:00+05:30", "Bo", "bo@example.com", List.of()));

            EventsWritten first = writeCommits(events, batch, "b2");
            EventsWritten second = writeCommits(events, batch, "b2");

            assertThat(first.commits()).isEqualTo(2);
            assertThat(second.total()).isZero();
            List<Commit> stored = events.commits(PROJECT);
            assertThat(stored).containsExactlyInAnyOrderElementsOf(batch);
            assertThat(stored).filteredOn(c -> c.sha().equals("a1")).singleElement()
                    .satisfies(c -> assertThat(c.author().when().getOffset().getTotalSeconds()).isEqualTo(-8 * 3600));
            assertThat(events.cursor(PROJECT)).containsEntry("commits", "b2");
            EventTotals totals = events.totals(PROJECT);
            assertThat(totals.commits()).isEqualTo(2);
            assertThat(totals.lastCommit()).isEqualTo(OffsetDateTime.parse("2024-01-31T23:30:00-08:00").toInstant());
            assertThat(totals.issuesOpened()).isZero();
        }
    }

    /**
     * The author lines' totals stay what the commits add up to: batches read again, a sha twice in one batch, and a
     * changed .mailmap moving stored commits from one line to another (emptying one) all leave them equal.
     */
    @ParameterizedTest
    @MethodSource("kinds")
    void authorLinesStayTheSumOfTheCommits(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi jdbi = withProject(db);
            EventStore events = new EventStore(jdbi);
            WindowedEvents windowed = new WindowedEvents(jdbi);
            List<Commit> first = List.of(
                    commit("a1", "2024-01-02T00:00:00Z", "Ann", "ann@example.org", List.of()),
                    commit("b2", "2024-01-03T00:00:00+02:00", "Bo", "bo@example.com", List.of()),
                    commit("a3", "2024-01-05T00:00:00Z", "Ann", "ann@example.org", List.of()));
            writeCommits(events, first, "a3");
            assertThat(windowed.commitAuthors(PROJECT)).containsExactly(
                    new CommitAuthor("Ann", "ann@example.org", instant("2024-01-02T00:00:00Z"),
                            instant("2024-01-05T00:00:00Z"), 2),
                    new CommitAuthor("Bo", "bo@example.com", instant("2024-01-02T22:00:00Z"),
                            instant("2024-01-02T22:00:00Z"), 1));
            List<List<String>> lines = TestDatabase.authorLines(jdbi);
            writeCommits(events, first, "a3"); // read again: nothing changes
            assertThat(TestDatabase.authorLines(jdbi)).isEqualTo(lines);

            // A new .mailmap names a1's author "Ann Lee"; c0 is new, older than all, and in the batch twice.
            writeCommits(events, List.of(
                    commit("a1", "2024-01-02T00:00:00Z", "Ann Lee", "ann@example.org", List.of()),
                    commit("c0", "2023-12-31T00:00:00Z", "Bo", "bo@example.com", List.of()),
                    commit("c0", "2023-12-31T00:00:00Z", "Bo", "bo@example.com", List.of())), "c0");
            assertThat(TestDatabase.authorLines(jdbi)).satisfies(l -> assertThat(l.get(0)).isEqualTo(l.get(1)));
            assertThat(windowed.commitAuthors(PROJECT)).extracting(CommitAuthor::name, CommitAuthor::commits)
                    .containsExactly(tuple("Ann", 1L), tuple("Ann Lee", 1L), tuple("Bo", 2L));
            // and then a3's too: the line "Ann" has no commit left.
            writeCommits(events, List.of(commit("a3", "2024-01-05T00:00:00Z", "Ann Lee", "ann@example.org",
                    List.of())), "a3");
            assertThat(TestDatabase.authorLines(jdbi)).satisfies(l -> assertThat(l.get(0)).isEqualTo(l.get(1)));
            assertThat(windowed.commitAuthors(PROJECT)).extracting(CommitAuthor::name, CommitAuthor::commits)
                    .containsExactly(tuple("Ann Lee", 2L), tuple("Bo", 2L));
            EventTotals totals = events.totals(PROJECT);
            assertThat(totals.commits()).isEqualTo(4);
            assertThat(totals.lastCommit()).isEqualTo(instant("2024-01-05T00:00:00Z"));
            assertThat(events.firstCommit(PROJECT)).contains(instant("2023-12-31T00:00:00Z"));
            assertThat(windowed.firstCommit(PROJECT)).map(Commit::sha).contains("c0");
            assertThat(windowed.lastCommitUpTo(PROJECT, "Ann Lee", "ann@example.org", instant("2024-01-04T00:00:00Z")))
                    .contains(instant("2024-01-02T00:00:00Z"));
            assertThat(windowed.lastCommitUpTo(PROJECT, "Bo", "bo@example.com", instant("2023-01-01T00:00:00Z")))
                    .isEmpty();

            new ProjectStore(jdbi).untrack(PROJECT);
            assertThat(TestDatabase.authorLines(jdbi).get(0)).isEmpty();
        }
    }

    private static Instant instant(String when) {
        return OffsetDateTime.parse(when).toInstant();
    }

    /** The oldest commit whatever the offsets it was written with, the smallest sha among commits of that instant. */
    @ParameterizedTest
    @MethodSource("kinds")
    void theFirstCommitIsTheOldestInstantTiesBySha(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi jdbi = withProject(db);
            EventStore events = new EventStore(jdbi);
            WindowedEvents windowed = new WindowedEvents(jdbi);
            assertThat(windowed.firstCommit(PROJECT)).isEmpty();
            writeCommits(events, List.of(
                    commit("c3", "2024-01-01T10:00:00+02:00", "Cy", "cy@example.org", List.of()),
                    commit("b2", "2024-01-01T08:00:00Z", "Bo", "bo@example.com", List.of()),
                    commit("a9", "2024-01-01T09:00:00+01:00", "Ann", "ann@example.org", List.of()),
                    commit("a1", "2024-01-01T08:00:01Z", "Ann", "ann@example.org", List.of())), "a1");

            // c3, b2 and a9 are the same instant (08:00 UTC), a1 a second later.
            assertThat(windowed.firstCommit(PROJECT)).map(Commit::sha).contains("a9");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void fieldsLongerThanTheirColumnsAreStoredCutAndLongKeysStayDistinct(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi jdbi = db.jdbi();
            new ProjectStore(jdbi).track(PROJECT, null, StoredProject.ORIGIN_API, NOW);
            EventStore events = new EventStore(jdbi);
            String name = "N\u0000" + "n".repeat(398) + "\uD83D\uDE00"; // a NUL, which PostgreSQL refuses, and an emoji
            String email = "e".repeat(400) + "@example.org";
            String longTag = "release/" + "x".repeat(300);
            writeCommits(events, List.of(commit("a".repeat(40), "2024-01-01T00:00:00Z", name, email,
                    List.of("S".repeat(5000)))), "a");
            events.write(PROJECT, Events.ofReleases(List.of(
                    new Release(longTag + "-1", OffsetDateTime.parse("2024-01-02T00:00:00Z"), true, false, false),
                    new Release(longTag + "-2", OffsetDateTime.parse("2024-01-03T00:00:00Z"), true, false, false))),
                    Map.of());

            Commit stored = events.commits(PROJECT).get(0);
            assertThat(stored.author().name()).hasSize(300).startsWith("N\uFFFDn");
            assertThat(stored.author().email()).hasSize(320);
            assertThat(stored.signedOffBy()).singleElement().asString().hasSize(4000);
            assertThat(events.releases(PROJECT)).extracting(Release::tag).hasSize(2)
                    .allSatisfy(tag -> assertThat(tag).hasSizeLessThanOrEqualTo(255).startsWith("release/xxx"));
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aRefusedBatchSaysSoWithoutTheSqlOrItsValues(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            EventStore events = new EventStore(db.jdbi()); // the project is not tracked: its events have no parent row
            assertThatThrownBy(() -> writeCommits(events, List.of(commit("a1", "2024-01-01T00:00:00Z", "Ann",
                    "ann.private@example.org", List.of())), "a1"))
                    .isInstanceOf(StoreRefused.class)
                    .hasMessage("the store refused a batch of 1 events; details in the service log")
                    .hasRootCauseInstanceOf(java.sql.SQLException.class);
            Map<String, String> tooLong = Map.of("commits", "x".repeat(20_001));
            assertThatThrownBy(() -> events.write(PROJECT, Events.ofCommits(List.of()), tooLong))
                    .isInstanceOf(StoreRefused.class).hasMessageContaining("20001 characters for the stream commits");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aFailedBatchStoresNeitherEventsNorCursor(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi jdbi = db.jdbi();
            new ProjectStore(jdbi).track(PROJECT, null, StoredProject.ORIGIN_API, NOW);
            EventStore events = new EventStore(jdbi);
            writeCommits(events, List.of(commit("a1", "2024-01-01T00:00:00Z", "Ann", "a@x.org", List.of())), "a1");
            // No author date: the batch fails after its first commit was written, inside the transaction.
            Commit broken = new Commit("c3", new Signature("B", "x@y.org", null),
                    new Signature("C", "c@y.org", OffsetDateTime.parse("2024-03-01T00:00:00Z")), 1, 1, 1, List.of(), false);

            assertThatThrownBy(() -> writeCommits(events, List.of(
                    commit("b2", "2024-02-01T00:00:00Z", "Bo", "b@x.org", List.of()), broken), "c3"))
                    .isInstanceOf(RuntimeException.class);

            assertThat(events.commits(PROJECT)).extracting(Commit::sha).containsExactly("a1");
            assertThat(events.cursor(PROJECT)).containsEntry("commits", "a1");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void releasesAndIssuesAreUpdatedInPlace(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi jdbi = db.jdbi();
            new ProjectStore(jdbi).track(PROJECT, null, StoredProject.ORIGIN_API, NOW);
            EventStore events = new EventStore(jdbi);
            OffsetDateTime t = OffsetDateTime.parse("2024-05-01T10:00:00+02:00");
            Release release = new Release("v1.0.0", t, true, false, true);
            Issue open = new Issue("7", "ann", false, AuthorRelation.NONE, t, t, null, null);
            ChangeRequest pr = new ChangeRequest("8", "bo", false, AuthorRelation.CONTRIBUTOR, t, t, null, null, null, null, false);
            // as on GitLab, where issue #7 and merge request !7 coexist: each comment keeps what its parent is
            List<Comment> comments = List.of(new Comment("note:1", ItemKind.ISSUE, "7", "bo", false, t, false),
                    new Comment("note:2", ItemKind.CHANGE_REQUEST, "8", "ann", false, t, false));
            events.write(PROJECT, new Events(List.of(), List.of(release), List.of(open), List.of(pr), comments,
                    List.of()), Map.of("releases", "h1", "issues", "2024-05-01T08:00:00Z"));

            Issue closed = new Issue("7", "ann", false, AuthorRelation.NONE, t, t.plusDays(2), t.plusDays(2), t.plusDays(1));
            EventsWritten again = events.write(PROJECT, new Events(List.of(), List.of(release), List.of(closed),
                    List.of(), List.of(), List.of()), Map.of("issues", "2024-05-03T08:00:00Z"));

            assertThat(again.releases()).isZero();
            assertThat(again.issues()).isEqualTo(1);
            assertThat(events.issues(PROJECT)).singleElement()
                    .satisfies(i -> assertThat(i.closedAt().toInstant()).isEqualTo(t.plusDays(2).toInstant()));
            assertThat(events.releases(PROJECT)).singleElement()
                    .satisfies(r -> assertThat(r.publishedAt()).isEqualTo(t));
            assertThat(events.changeRequests(PROJECT)).singleElement()
                    .satisfies(c -> assertThat(c.authorRelation()).isEqualTo(AuthorRelation.CONTRIBUTOR));
            assertThat(events.issues(PROJECT)).singleElement()
                    .satisfies(i -> assertThat(i.authorRelation()).isEqualTo(AuthorRelation.NONE));
            assertThat(events.comments(PROJECT)).extracting(Comment::key, Comment::parentKind).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("note:1", ItemKind.ISSUE),
                    org.assertj.core.groups.Tuple.tuple("note:2", ItemKind.CHANGE_REQUEST));
            assertThat(events.totals(PROJECT)).isEqualTo(new EventTotals(0, 1, 1, 1, 1, 0, null));
            assertThat(events.cursor(PROJECT)).containsEntry("releases", "h1")
                    .containsEntry("issues", "2024-05-03T08:00:00Z");
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void untrackingDeletesEverythingAboutTheProject(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi jdbi = db.jdbi();
            ProjectStore projects = new ProjectStore(jdbi);
            assertThat(projects.track(PROJECT, "/a", StoredProject.ORIGIN_API, NOW)).isTrue();
            assertThat(projects.track(PROJECT, "/b", StoredProject.ORIGIN_CONFIG, NOW)).isFalse();
            assertThat(projects.find(PROJECT)).get().extracting(StoredProject::location).isEqualTo("/b");
            EventStore events = new EventStore(jdbi);
            writeCommits(events, List.of(commit("a1", "2024-01-01T00:00:00Z", "A", "a@x.org", List.of())), "a1");
            new HarvestRunStore(jdbi).start(PROJECT, NOW, "a");

            assertThat(projects.untrack(PROJECT)).isTrue();

            assertThat(projects.all()).isEmpty();
            assertThat(events.commits(PROJECT)).isEmpty();
            assertThat(events.cursor(PROJECT)).isEmpty();
            assertThat(projects.untrack(PROJECT)).isFalse();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void snapshotReplacesThePreviousOne(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi jdbi = db.jdbi();
            new ProjectStore(jdbi).track(PROJECT, null, StoredProject.ORIGIN_API, NOW);
            SnapshotStore snapshots = new SnapshotStore(jdbi);
            ProjectSnapshot first = new ProjectSnapshot(NOW, "main", "abc", null, null, null, null, null, null,
                    OwnerType.UNKNOWN, null, "MIT", List.of(), List.of(new ProjectFile(FileKind.LICENSE, "LICENSE", 1070, "MIT")));
            ProjectSnapshot second = new ProjectSnapshot(NOW.plusSeconds(60), "main", "def", 12, 3, 4, 5, false,
                    OffsetDateTime.parse("2020-01-01T00:00:00Z"), OwnerType.ORGANIZATION, "acme", "Apache-2.0",
                    List.of("java", "metrics"), List.of(new ProjectFile(FileKind.README, "README.md", 2048, null),
                    new ProjectFile(FileKind.DOCS_DIR, "docs", 0, "2026-05-01T00:00:00Z")));
            snapshots.save(PROJECT, first);
            snapshots.save(PROJECT, second);

            assertThat(snapshots.latest(PROJECT)).get().usingRecursiveComparison().ignoringCollectionOrder().isEqualTo(second);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void harvestRunsRecordOutcomesAndInterruptions(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi jdbi = db.jdbi();
            new ProjectStore(jdbi).track(PROJECT, null, StoredProject.ORIGIN_API, NOW);
            HarvestRunStore runs = new HarvestRunStore(jdbi);
            long ok = runs.start(PROJECT, NOW, "a");
            runs.finish(ok, HarvestRun.SUCCESS, NOW.plusMillis(1500), java.time.Duration.ofMillis(1500), new EventsWritten(5, 1, 0, 0, 0, 0), null);
            runs.start(PROJECT, NOW.plusSeconds(10), "a");

            // Another instance starting up leaves instance a's running harvest alone; a's own restart marks it.
            assertThat(runs.markInterrupted("b", NOW.plusSeconds(20))).isZero();
            assertThat(runs.latest(PROJECT)).get().extracting(HarvestRun::outcome).isEqualTo(HarvestRun.RUNNING);
            assertThat(runs.markInterrupted("a", NOW.plusSeconds(20))).isEqualTo(1);

            assertThat(runs.latest(PROJECT)).get().extracting(HarvestRun::outcome).isEqualTo(HarvestRun.INTERRUPTED);
            assertThat(runs.latest(PROJECT)).get().extracting(HarvestRun::instance).isEqualTo("a");
            HarvestRun success = runs.latestSuccess(PROJECT).orElseThrow();
            assertThat(success.durationMillis()).isEqualTo(1500);
            assertThat(success.written().commits()).isEqualTo(5);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void oneScoreCardPerDayIsKeptWithItsExplanation(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi jdbi = db.jdbi();
            new ProjectStore(jdbi).track(PROJECT, null, StoredProject.ORIGIN_API, NOW);
            ScoreCardStore cards = new ScoreCardStore(jdbi);
            ScoreCard morning = card(NOW.minusSeconds(3600), 40.0);
            ScoreCard evening = card(NOW, 55.5);
            ScoreCard yesterday = card(NOW.minusSeconds(86400), 30.0);
            cards.save(yesterday);
            cards.save(morning);
            cards.save(evening);

            assertThat(cards.latest(PROJECT)).get().isEqualTo(evening);
            assertThat(cards.history(PROJECT, "forgepulse/1", LocalDate.parse("2026-06-01"), LocalDate.parse("2026-06-30")))
                    .extracting(ScorePoint::activity).containsExactly(30.0, 55.5);
        }
    }

    /**
     * A month-end card stored on the same day as a present one keeps both; the present card stays the latest even when
     * the month-end card is for a later instant, and a month's second month-end card replaces its first.
     */
    @ParameterizedTest
    @MethodSource("kinds")
    void aMonthEndCardLivesBesideThePresentOnesAndIsNeverTheLatest(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi jdbi = db.jdbi();
            new ProjectStore(jdbi).track(PROJECT, null, StoredProject.ORIGIN_API, NOW);
            ScoreCardStore cards = new ScoreCardStore(jdbi);
            ScoreCard present = card(Instant.parse("2026-05-31T12:00:00Z"), 40.0);
            cards.save(present);
            cards.saveHistorical(card(Instant.parse("2026-06-01T00:00:00Z"), 10.0));
            cards.saveHistorical(card(Instant.parse("2026-06-01T00:00:00Z"), 45.0));
            cards.saveHistorical(card(Instant.parse("2026-04-01T00:00:00Z"), 30.0));

            assertThat(cards.latest(PROJECT)).get().isEqualTo(present);
            assertThat(cards.historicalDays(PROJECT, "forgepulse/1"))
                    .containsExactlyInAnyOrder(LocalDate.parse("2026-03-31"), LocalDate.parse("2026-05-31"));
            assertThat(cards.historical(PROJECT, "forgepulse/1", LocalDate.parse("2026-05-31"))).get()
                    .extracting(c -> c.activity().score()).isEqualTo(45.0);
            assertThat(cards.history(PROJECT, "forgepulse/1", LocalDate.parse("2026-01-01"), LocalDate.parse("2026-06-30")))
                    .extracting(ScorePoint::day, ScorePoint::historical, ScorePoint::activity)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-03-31"), true, 30.0),
                            org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-05-31"), false, 40.0),
                            org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2026-05-31"), true, 45.0));
        }
    }

    /** A batch of month-end cards is stored as the cards one by one would be, or not at all. */
    @ParameterizedTest
    @MethodSource("kinds")
    void monthEndCardsAreStoredInBatchesOfOneProject(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi jdbi = withProject(db);
            ProjectId other = ProjectId.parse("git:other");
            new ProjectStore(jdbi).track(other, null, StoredProject.ORIGIN_API, NOW);
            ScoreCardStore cards = new ScoreCardStore(jdbi);
            cards.saveHistorical(card(Instant.parse("2026-05-01T00:00:00Z"), 10.0));
            cards.saveHistorical(List.of(card(Instant.parse("2026-04-01T00:00:00Z"), 30.0),
                    card(Instant.parse("2026-05-01T00:00:00Z"), 45.0), card(Instant.parse("2026-06-01T00:00:00Z"), 50.0)));
            ScoreCard elsewhere = new ScoreCard(other, Instant.parse("2026-03-01T00:00:00Z"), "forgepulse/1",
                    new AxisScore(1.0, 0.6), new AxisScore(null, 0), new AxisScore(1.0, 0.8), MaturityLevel.BASIC,
                    List.of(), List.of(), Map.of(), null, null, null);

            assertThatThrownBy(() -> cards.saveHistorical(
                    List.of(card(Instant.parse("2026-03-01T00:00:00Z"), 20.0), elsewhere)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(cards.historicalDays(PROJECT, "forgepulse/1")).containsExactlyInAnyOrder(
                    LocalDate.parse("2026-03-31"), LocalDate.parse("2026-04-30"), LocalDate.parse("2026-05-31"));
            assertThat(cards.historical(PROJECT, "forgepulse/1", LocalDate.parse("2026-04-30"))).get()
                    .extracting(c -> c.activity().score()).isEqualTo(45.0);
            assertThat(cards.historical(PROJECT, "forgepulse/1", LocalDate.parse("2026-03-31"))).get()
                    .isEqualTo(card(Instant.parse("2026-04-01T00:00:00Z"), 30.0));
            assertThat(cards.latest(PROJECT)).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void contributorsJoinCommitsToMergedPeople(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi jdbi = db.jdbi();
            new ProjectStore(jdbi).track(PROJECT, null, StoredProject.ORIGIN_API, NOW);
            writeCommits(new EventStore(jdbi), List.of(
                    commit("a1", "2024-01-01T00:00:00Z", "Ann", "ann@acme.org", List.of()),
                    commit("a2", "2024-01-02T00:00:00Z", "Ann B", "ANN@acme.org", List.of()),
                    commit("b1", "2024-01-03T00:00:00Z", "Bo", "bo@gmail.com", List.of())), "b1");
            Person ann = new Person("ann@acme.org", "Ann", "acme.org", false, List.of("ann@acme.org"), List.of());
            Person bo = new Person("bo@gmail.com", "Bo", null, false, List.of("bo@gmail.com"), List.of());
            new PeopleStore(jdbi).replace(PROJECT, List.of(ann, bo), List.of(
                    new IdentityRow("ann@acme.org", "Ann", "", ann.key()),
                    new IdentityRow("ANN@acme.org", "Ann B", "", ann.key()),
                    new IdentityRow("bo@gmail.com", "Bo", "", bo.key())));

            List<ContributorRow> rows = new PeopleStore(jdbi).contributors(PROJECT, Instant.parse("2024-01-01T00:00:00Z"),
                    Instant.parse("2025-01-01T00:00:00Z"));

            assertThat(rows).extracting(ContributorRow::name, ContributorRow::organization, ContributorRow::commits)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Ann", "acme.org", 2),
                            org.assertj.core.groups.Tuple.tuple("Bo", null, 1));
            // The whole range is read from the author lines' totals; one that leaves a commit out, from the commits.
            assertThat(new PeopleStore(jdbi).contributors(PROJECT, Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z")))
                    .isEqualTo(rows).first().satisfies(r -> {
                        assertThat(r.firstCommit()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
                        assertThat(r.lastCommit()).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
                    });
            assertThat(new PeopleStore(jdbi).contributors(PROJECT, Instant.parse("2024-01-02T00:00:00Z"),
                    Instant.parse("2024-01-03T00:00:01Z")))
                    .extracting(ContributorRow::name, ContributorRow::commits, ContributorRow::firstCommit)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("Ann", 1, Instant.parse("2024-01-02T00:00:00Z")),
                            org.assertj.core.groups.Tuple.tuple("Bo", 1, Instant.parse("2024-01-03T00:00:00Z")));
        }
    }

    private static ScoreCard card(Instant at, double activity) {
        return new ScoreCard(PROJECT, at, "forgepulse/1", new AxisScore(activity, 0.6), new AxisScore(null, 0),
                new AxisScore(62.5, 0.8), MaturityLevel.BASIC, List.of("ACT.RESP"),
                List.of(new Criterion("GOV.LICENSE", 2.0, "MIT", "LICENSE"), new Criterion("LEG.POP", null, null, null)),
                Map.of("bus_factor", 2.0), "founder-led", null, "permissive");
    }
}
