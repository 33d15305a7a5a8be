package io.forgepulse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.AxisScore;
import io.forgepulse.domain.Forge;
import io.forgepulse.domain.MaturityLevel;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.ScoreCard;
import io.forgepulse.store.EventsWritten;
import io.forgepulse.store.HarvestRun;
import io.forgepulse.store.HarvestRunStore;
import io.forgepulse.store.ListingVersion;
import io.forgepulse.store.ProjectListing;
import io.forgepulse.store.ProjectStore;
import io.forgepulse.store.ScoreCardStore;
import io.forgepulse.store.StatementCount;
import io.forgepulse.store.StoredProject;
import io.forgepulse.store.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The project list's cache answers a repeated page with one statement, and shows the next page read every run, card
 * and project change committed before it, also when another instance (another Jdbi on the same database) made it.
 */
class ListingCacheTest {

    private static final ProjectId A = ProjectId.parse("git:a");
    private static final ProjectId B = ProjectId.parse("git:b");
    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");

    static Stream<String> kinds() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aWriteOfAnyInstanceIsOnTheNextPage(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi here = db.jdbi();
            Jdbi other = db.jdbi();
            new ProjectStore(here).track(A, "/tmp/a", StoredProject.ORIGIN_CONFIG, NOW);
            AtomicInteger statements = StatementCount.of(here);
            ListingCache cache = new ListingCache(new ProjectListing(here), new ListingVersion(here)::current, 16);

            assertThat(first(cache).rows()).singleElement().satisfies(r -> assertThat(r.outcome()).isNull());
            int before = statements.get();
            assertThat(first(cache).rows()).singleElement().satisfies(r -> assertThat(r.outcome()).isNull());
            assertThat(statements.get() - before).as("statements of a cached page").isEqualTo(1);

            HarvestRunStore runs = new HarvestRunStore(other);
            long run = runs.start(A, NOW, "other");
            assertThat(only(cache).outcome()).as("after the other instance started a run").isEqualTo(HarvestRun.RUNNING);
            runs.expect(run, 40);
            runs.progress(run, new EventsWritten(12, 0, 0, 0, 0, 0));
            assertThat(only(cache)).as("its progress").satisfies(r -> {
                assertThat(r.itemsStored()).isEqualTo(12);
                assertThat(r.itemsExpected()).isEqualTo(40);
            });
            runs.finish(run, HarvestRun.SUCCESS, NOW.plusSeconds(5), Duration.ofSeconds(5),
                    new EventsWritten(40, 0, 0, 0, 0, 0), null);
            assertThat(only(cache).outcome()).as("after it finished").isEqualTo(HarvestRun.SUCCESS);

            ScoreCardStore cards = new ScoreCardStore(other);
            cards.save(card(NOW.plusSeconds(6), 41.0));
            assertThat(only(cache).activity()).as("after its card").isEqualTo(41.0);
            // A month-end card is history, not on the list: the page read before stands, one statement.
            cards.saveHistorical(card(Instant.parse("2026-07-01T00:00:00Z"), 99.0));
            before = statements.get();
            assertThat(only(cache).activity()).as("after a month-end card").isEqualTo(41.0);
            assertThat(statements.get() - before).as("statements after a month-end card").isEqualTo(1);
            cards.save(card(NOW.plusSeconds(3_600), 43.0));
            assertThat(only(cache).activity()).as("after a newer card").isEqualTo(43.0);
            cards.save(card(NOW.minusSeconds(86_400), 7.0));
            assertThat(only(cache).activity()).as("after a card of the day before, stored later").isEqualTo(43.0);

            ProjectStore projects = new ProjectStore(other);
            projects.add(B, "/tmp/b", StoredProject.ORIGIN_API, NOW);
            assertThat(first(cache)).as("after the other instance added a project").satisfies(p -> {
                assertThat(p.rows()).extracting(ProjectListing.Row::id).containsExactly(A, B);
                assertThat(p.total()).isEqualTo(2);
            });
            // Filters and pages are kept apart, each at the current data.
            assertThat(cache.page(null, "none", 0, 10).rows()).extracting(ProjectListing.Row::id).containsExactly(B);
            assertThat(cache.page(null, HarvestRun.SUCCESS, 0, 10).rows()).extracting(ProjectListing.Row::id)
                    .containsExactly(A);
            assertThat(cache.page(null, null, 1, 1).rows()).extracting(ProjectListing.Row::id).containsExactly(B);
            assertThat(cache.page(Forge.GITHUB, null, 0, 10).rows()).isEmpty();
            runs.finish(runs.start(B, NOW, "other"), HarvestRun.FAILURE, NOW.plusSeconds(1), Duration.ofSeconds(1),
                    new EventsWritten(0, 0, 0, 0, 0, 0), "no directory");
            assertThat(cache.page(null, "none", 0, 10).rows()).as("after B's first run").isEmpty();
            assertThat(cache.page(null, HarvestRun.FAILURE, 0, 10).rows()).extracting(ProjectListing.Row::id)
                    .containsExactly(B);

            projects.stopTracking(A, NOW);
            assertThat(first(cache).rows()).as("after A stopped being tracked").extracting(ProjectListing.Row::id)
                    .containsExactly(B);
            projects.untrack(B);
            assertThat(first(cache).rows()).as("after B was deleted").isEmpty();
            projects.track(A, "/tmp/a", StoredProject.ORIGIN_CONFIG, NOW);
            assertThat(first(cache).rows()).as("after A was tracked again").extracting(ProjectListing.Row::id)
                    .containsExactly(A);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void runsAStoppedInstanceLeftAreShownInterruptedOnTheNextPage(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi here = db.jdbi();
            new ProjectStore(here).track(A, "/tmp/a", StoredProject.ORIGIN_CONFIG, NOW);
            new ProjectStore(here).track(B, "/tmp/b", StoredProject.ORIGIN_CONFIG, NOW);
            HarvestRunStore runs = new HarvestRunStore(db.jdbi());
            runs.start(A, NOW, "gone");
            runs.start(B, NOW, "dead");
            ListingCache cache = new ListingCache(new ProjectListing(here), new ListingVersion(here)::current, 16);
            assertThat(first(cache).rows()).extracting(ProjectListing.Row::outcome)
                    .containsExactly(HarvestRun.RUNNING, HarvestRun.RUNNING);

            runs.markInterrupted("gone", NOW);
            assertThat(first(cache).rows()).extracting(ProjectListing.Row::outcome)
                    .containsExactly(HarvestRun.INTERRUPTED, HarvestRun.RUNNING);
            runs.markInterrupted(B, "dead", NOW);
            assertThat(first(cache).rows()).extracting(ProjectListing.Row::outcome)
                    .containsExactly(HarvestRun.INTERRUPTED, HarvestRun.INTERRUPTED);
            runs.start(A, NOW, "any");
            runs.markAllInterrupted(NOW);
            assertThat(first(cache).rows()).extracting(ProjectListing.Row::outcome)
                    .containsExactly(HarvestRun.INTERRUPTED, HarvestRun.INTERRUPTED);
            // A prune that deletes the latest run (one older than the cut, as at no harvest's end) shows none.
            runs.prune(A, NOW.plusSeconds(1));
            assertThat(first(cache).rows()).extracting(ProjectListing.Row::outcome)
                    .containsExactly(null, HarvestRun.INTERRUPTED);
        }
    }

    private static ProjectListing.Page first(ListingCache cache) {
        return cache.page(null, null, 0, 100);
    }

    private static ProjectListing.Row only(ListingCache cache) {
        return first(cache).rows().stream().filter(r -> r.id().equals(A)).findFirst().orElseThrow();
    }

    private static ScoreCard card(Instant at, double activity) {
        return new ScoreCard(A, at, "forgepulse/1", new AxisScore(activity, 0.6), AxisScore.NONE, AxisScore.NONE,
                MaturityLevel.INITIAL, List.of(), List.of(), Map.of(), null, null, null);
    }
}
