package io.forgepulse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.Bucket;
import io.forgepulse.domain.Commit;
import io.forgepulse.domain.Events;
import io.forgepulse.domain.ProjectId;
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
import io.forgepulse.store.StoredProject;
import io.forgepulse.store.TestDatabase;
import io.forgepulse.store.TrackerAggregates;
import io.forgepulse.domain.Person;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The read cache answers a repeated read with one statement, and never serves an answer older than the last
 * committed write, also when another instance (another Jdbi on the same database) made it.
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
            AtomicInteger statements = new AtomicInteger();
            here.setSqlLogger(new SqlLogger() {
                @Override
                public void logAfterExecution(StatementContext context) {
                    statements.incrementAndGet();
                }
            });
            ActivityReads reads = new ActivityReads(new ActivityAggregates(here), new TrackerAggregates(here),
                    new PeopleStore(here), new IdentityResolver(IdentityRules.defaults()).bots(), id -> false,
                    new ReadCache(new DataVersions(here)::current, 16));
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
