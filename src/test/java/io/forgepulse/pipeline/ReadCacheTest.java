package io.forgepulse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.forgepulse.domain.Bucket;
import io.forgepulse.domain.Commit;
import io.forgepulse.domain.Events;
import io.forgepulse.domain.Person;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.Pulse;
import io.forgepulse.domain.SeriesPoint;
import io.forgepulse.domain.Signature;
import io.forgepulse.identity.IdentityResolver;
import io.forgepulse.identity.IdentityRules;
import io.forgepulse.store.ActivityAggregates;
import io.forgepulse.store.DataVersions;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The read cache answers a repeated read with one statement, and never serves an answer older than the last
 * committed write, also when another instance (another Jdbi on the same database) made it; readers of one missing
 * answer compute it once, and a failure is not kept.
 */
class ReadCacheTest {

    private static final ProjectId ID = ProjectId.parse("git:cached");
    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");

    static Stream<String> kinds() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aWriteOfAnyInstanceIsSeenByTheNextRead(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi here = db.jdbi();
            Jdbi otherInstance = db.jdbi();
            new ProjectStore(here).track(ID, "/tmp/cached", StoredProject.ORIGIN_CONFIG, NOW);
            write(otherInstance, 0, 3);
            AtomicInteger statements = StatementCount.of(here);
            ActivityReads reads = reads(here);
            assertThat(total(reads)).isEqualTo(3);
            int before = statements.get();
            assertThat(total(reads)).isEqualTo(3);
            assertThat(statements.get() - before).as("statements of a cached read").isEqualTo(1);
            assertThat(reads.contributors(ID, Instant.EPOCH, NOW)).singleElement()
                    .satisfies(c -> assertThat(c.commits()).isEqualTo(3));

            write(otherInstance, 3, 2);
            assertThat(total(reads)).as("after the other instance's write").isEqualTo(5);
            assertThat(reads.contributors(ID, Instant.EPOCH, NOW)).singleElement()
                    .satisfies(c -> assertThat(c.commits()).isEqualTo(5));
            // The people are rewritten on their own too (new aliases merged): also a new version.
            new PeopleStore(otherInstance).replace(ID, List.of(), List.of());
            assertThat(reads.contributors(ID, Instant.EPOCH, NOW)).as("after the people were rewritten").isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aPulseIsOneAnswerPerSecondAndSeesTheNextWrite(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi here = db.jdbi();
            new ProjectStore(here).track(ID, "/tmp/cached", StoredProject.ORIGIN_CONFIG, NOW);
            write(here, 0, 3);
            AtomicInteger statements = StatementCount.of(here);
            ActivityReads reads = reads(here);
            Instant asked = Instant.parse("2026-01-08T00:00:00.250Z");
            Pulse first = reads.lastDays(ID, 7, asked);
            assertThat(first.to()).as("the pulse ends at the second asked for").isEqualTo("2026-01-08T00:00:00Z");
            assertThat(first.commits()).isEqualTo(3);
            int before = statements.get();
            assertThat(reads.lastDays(ID, 7, asked.plusMillis(700))).isEqualTo(first);
            assertThat(statements.get() - before).as("statements of a pulse in the same second").isEqualTo(1);

            Pulse next = reads.lastDays(ID, 7, asked.plusSeconds(1));
            assertThat(next.to()).isEqualTo("2026-01-08T00:00:01Z");
            assertThat(next.commits()).as("the next second's window no longer holds 1 January's midnight").isEqualTo(2);
            assertThat(reads.lastDays(ID, 30, asked).from()).isEqualTo("2025-12-09T00:00:00Z");
            write(here, 3, 2);
            assertThat(reads.lastDays(ID, 7, asked.plusSeconds(1)).commits()).as("after a write").isEqualTo(4);
        }
    }

    @Test
    void concurrentReadersOfAMissingAnswerComputeItOnce() throws Exception {
        ReadCache cache = new ReadCache(id -> Optional.of("v1"), 16);
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> answers = new ArrayList<>();
            answers.add(pool.submit(() -> cache.get(ID, "key", () -> {
                computed.incrementAndGet();
                started.countDown();
                await(release);
                return "answer";
            })));
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 3; i++) {
                answers.add(pool.submit(() -> cache.get(ID, "key", () -> "again " + computed.incrementAndGet())));
            }
            Thread.sleep(100); // the three are waiting for the first computation
            release.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).isEqualTo("answer");
            }
            assertThat(computed).as("computations").hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailedComputationIsNotKept() {
        ReadCache cache = new ReadCache(id -> Optional.of("v1"), 16);
        assertThatThrownBy(() -> cache.get(ID, "key", () -> {
            throw new IllegalStateException("the store is down");
        })).hasMessage("the store is down");
        assertThat(cache.get(ID, "key", () -> "answer")).isEqualTo("answer");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ActivityReads reads(Jdbi jdbi) {
        return new ActivityReads(new ActivityAggregates(jdbi), new TrackerAggregates(jdbi), new PeopleStore(jdbi),
                new IdentityResolver(IdentityRules.defaults()).bots(), id -> false,
                new ReadCache(new DataVersions(jdbi)::current, 16));
    }

    private static double total(ActivityReads reads) {
        return reads.series(ID, "commits", Bucket.MONTH, null, null).stream().mapToDouble(SeriesPoint::value).sum();
    }

    /** Stores {@code n} commits by one person (and that person), as a harvest batch does. */
    private static void write(Jdbi jdbi, int first, int n) {
        List<Commit> commits = java.util.stream.IntStream.range(first, first + n).mapToObj(i -> {
            Signature who = new Signature("Dev", "dev@example.org",
                    LocalDate.of(2026, 1, 1 + i).atStartOfDay().atOffset(ZoneOffset.UTC));
            return new Commit(String.format("%040x", i), who, who, 1, 1, 0, List.of(), false);
        }).toList();
        new EventStore(jdbi).write(ID, Events.ofCommits(commits), Map.of());
        new PeopleStore(jdbi).replace(ID, List.of(new Person("dev@example.org", "Dev", null, false,
                List.of("dev@example.org"), List.of())), List.of(new IdentityRow("dev@example.org", "Dev", "",
                "dev@example.org")));
    }
}
