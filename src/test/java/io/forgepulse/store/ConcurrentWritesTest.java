package io.forgepulse.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.Commit;
import io.forgepulse.domain.Events;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.Signature;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Writes that two instances can race on (the same project's events and cursor, the same configured project, the same
 * day's score card) both succeed and leave one row per key: on PostgreSQL a MERGE that races an insert of the same key
 * fails with a duplicate key, which is why the store uses {@code INSERT ... ON CONFLICT} there. The races run on
 * PostgreSQL only: the embedded H2 file is opened by one process, in which one project's harvests never overlap
 * ({@code HarvestStep}), and H2's MERGE is no safer against a concurrent insert than PostgreSQL's (measured: these
 * tests fail on H2), so there is no race there to win. The last test, with no race, runs on both.
 */
class ConcurrentWritesTest {

    private static final ProjectId PROJECT = ProjectId.parse("git:raced");
    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");
    private static final int ROUNDS = 8;
    private static final int COMMITS = 300;

    static java.util.stream.Stream<String> kinds() {
        return TestDatabase.kinds();
    }

    static java.util.stream.Stream<String> shared() {
        return TestDatabase.kinds().filter("postgresql"::equals);
    }

    @ParameterizedTest
    @MethodSource("shared")
    @OnPostgreSQL
    void twoWritersOfTheSameBatchBothSucceedAndStoreItOnce(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi jdbi = db.jdbi();
            new ProjectStore(jdbi).track(PROJECT, null, StoredProject.ORIGIN_CONFIG, NOW);
            // Two stores, as two instances would have, each asking its own connections.
            List<EventStore> writers = List.of(new EventStore(jdbi), new EventStore(jdbi));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < ROUNDS; round++) {
                    Events batch = Events.ofCommits(commits(round));
                    Map<String, String> cursor = Map.of("commits", "round-" + round);
                    CyclicBarrier together = new CyclicBarrier(2);
                    List<Future<EventsWritten>> written = new ArrayList<>();
                    for (EventStore writer : writers) {
                        written.add(pool.submit(() -> {
                            together.await();
                            return writer.write(PROJECT, batch, cursor);
                        }));
                    }
                    int total = 0;
                    for (Future<EventsWritten> w : written) {
                        total += w.get().commits();
                    }
                    assertThat(total).as("new rows over both writers, round %d", round).isEqualTo(COMMITS);
                }
            } finally {
                pool.shutdownNow();
            }
            int stored = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM commit_event").mapTo(Integer.class).one());
            assertThat(stored).isEqualTo(ROUNDS * COMMITS);
            // Each round's batch counted once in its author lines, though both writers wrote it.
            List<List<String>> lines = TestDatabase.authorLines(jdbi);
            assertThat(lines.get(0)).isNotEmpty().isEqualTo(lines.get(1));
            assertThat(writers.get(0).cursor(PROJECT)).containsEntry("commits", "round-" + (ROUNDS - 1));
        }
    }

    @ParameterizedTest
    @MethodSource("shared")
    @OnPostgreSQL
    void instancesStartingTogetherTrackAConfiguredProjectOnce(String kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi jdbi = db.jdbi();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                for (int round = 0; round < ROUNDS; round++) {
                    ProjectId id = ProjectId.parse("git:p" + round);
                    CyclicBarrier together = new CyclicBarrier(4);
                    List<Future<Boolean>> added = new ArrayList<>();
                    for (int i = 0; i < 4; i++) {
                        ProjectStore store = new ProjectStore(jdbi);
                        added.add(pool.submit(() -> {
                            together.await();
                            return store.track(id, "/srv/" + id.path(), StoredProject.ORIGIN_CONFIG, NOW);
                        }));
                    }
                    int news = 0;
                    for (Future<Boolean> a : added) {
                        news += a.get() ? 1 : 0;
                    }
                    assertThat(news).as("instances that found %s new", id).isEqualTo(1);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(new ProjectStore(jdbi).all()).hasSize(ROUNDS);
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aProjectThatLeftTheConfigurationKeepsItsDataUntilConfiguredAgain(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi jdbi = db.jdbi();
            ProjectStore projects = new ProjectStore(jdbi);
            projects.track(PROJECT, "/a", StoredProject.ORIGIN_CONFIG, NOW);
            new EventStore(jdbi).write(PROJECT, Events.ofCommits(commits(0)), Map.of("commits", "x"));

            assertThat(projects.stopTracking(PROJECT, NOW)).isTrue();
            assertThat(projects.all()).isEmpty();
            assertThat(projects.find(PROJECT)).isEmpty();
            assertThat(new EventStore(jdbi).totals(PROJECT).commits()).isEqualTo(COMMITS);

            assertThat(projects.track(PROJECT, "/a", StoredProject.ORIGIN_CONFIG, NOW)).isFalse();
            assertThat(projects.find(PROJECT)).isPresent();
            assertThat(new EventStore(jdbi).cursor(PROJECT)).containsEntry("commits", "x");
        }
    }

    private static List<Commit> commits(int round) {
        OffsetDateTime when = OffsetDateTime.parse("2026-01-01T10:00:00+02:00");
        return IntStream.range(0, COMMITS).mapToObj(i -> {
            Signature author = new Signature("A" + i, "a" + i + "@example.org", when.plusMinutes(i));
            return new Commit(String.format("%02d%038d", round, i), author, author, 1, 2, 3, List.of(), false);
        }).toList();
    }
}
