package io.forgepulse.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.AttributedCommit;
import io.forgepulse.domain.Bucket;
import io.forgepulse.domain.AuthorRelation;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Commit;
import io.forgepulse.domain.Events;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.Person;
import io.forgepulse.domain.ProjectHistory;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.Release;
import io.forgepulse.domain.Signature;
import io.forgepulse.scoring.PulseCalculator;
import io.forgepulse.scoring.SeriesCalculator;
import io.forgepulse.store.ActivityAggregates;
import io.forgepulse.store.EventStore;
import io.forgepulse.store.IdentityRow;
import io.forgepulse.store.PeopleStore;
import io.forgepulse.store.ProjectStore;
import io.forgepulse.store.StoredProject;
import io.forgepulse.store.TestDatabase;
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
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Series and pulse read from the store's aggregates: the same answers as the calculators over the whole loaded
 * history (the way they were computed before), and the same number of SQL statements for 50 commits as for 5,000.
 */
class AggregateReadsTest {

    private static final ProjectId SMALL = ProjectId.parse("github:acme/small");
    private static final ProjectId LARGE = ProjectId.parse("github:acme/large");
    private static final ProjectId GIT = ProjectId.parse("git:plain");
    private static final Instant NOW = Instant.parse("2026-06-30T12:00:00Z");
    private static final List<String> METRICS = List.of("commits", "authors", "new_contributors", "releases",
            "lines_added", "lines_deleted", "issues_opened", "issues_closed", "prs_opened", "prs_merged");

    static Stream<String> kinds() {
        return TestDatabase.kinds();
    }

    @ParameterizedTest
    @MethodSource("kinds")
    void aggregatesAnswerAsTheHistoryDoesWithAConstantNumberOfStatements(String kind) {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Jdbi jdbi = db.jdbi();
            AtomicInteger statements = new AtomicInteger();
            Map<ProjectId, ProjectHistory> histories = new HashMap<>();
            histories.put(SMALL, store(jdbi, SMALL, 50));
            histories.put(LARGE, store(jdbi, LARGE, 5_000));
            histories.put(GIT, store(jdbi, GIT, 300));
            jdbi.setSqlLogger(new SqlLogger() {
                @Override
                public void logAfterExecution(StatementContext context) {
                    statements.incrementAndGet();
                }
            });
            ActivityReads reads = new ActivityReads(new ActivityAggregates(jdbi), histories::get,
                    id -> id.forge() != io.forgepulse.domain.Forge.GIT);
            Map<String, Integer> counts = new HashMap<>();
            for (ProjectId id : List.of(SMALL, LARGE, GIT)) {
                ProjectHistory h = histories.get(id);
                for (String metric : METRICS) {
                    for (Bucket bucket : Bucket.values()) {
                        for (LocalDate[] range : List.of(new LocalDate[] {null, null},
                                new LocalDate[] {LocalDate.of(2024, 3, 6), LocalDate.of(2025, 2, 11)},
                                new LocalDate[] {null, LocalDate.of(2023, 1, 1)})) {
                            int before = statements.get();
                            assertThat(reads.series(id, metric, bucket, range[0], range[1]))
                                    .as("%s %s %s %s", id, metric, bucket, List.of(String.valueOf(range[0]),
                                            String.valueOf(range[1])))
                                    .isEqualTo(SeriesCalculator.series(h, metric, bucket, range[0], range[1]));
                            if (id.equals(SMALL)) {
                                counts.put("small " + metric + bucket + range[0] + range[1], statements.get() - before);
                            } else if (id.equals(LARGE)) {
                                assertThat(statements.get() - before).as("statements of %s by %s", metric, bucket)
                                        .isEqualTo(counts.get("small " + metric + bucket + range[0] + range[1]))
                                        .isLessThanOrEqualTo(3);
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
            }
        }
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
            // Two e-mails of one person: Dev 1 and Dev 2 are merged, as identity merging would.
            String key = a == 2 ? "dev1@org1.example" : mail;
            Person p = people.computeIfAbsent(key, k -> new Person(k, name, null, false, List.of(k), List.of()));
            attributed.add(new AttributedCommit(c, p));
        }
        EventStore events = new EventStore(jdbi);
        for (int from = 0; from < list.size(); from += 1_000) {
            events.write(id, Events.ofCommits(list.subList(from, Math.min(list.size(), from + 1_000))), Map.of());
        }
        List<Release> releases = new ArrayList<>();
        List<Issue> issues = new ArrayList<>();
        List<ChangeRequest> pulls = new ArrayList<>();
        for (int i = 0; i < commits / 10; i++) {
            OffsetDateTime at = start.plusSeconds(i * step * 10 + 7_200).atOffset(ZoneOffset.UTC);
            releases.add(new Release("v" + i, at.withOffsetSameInstant(ZoneOffset.ofHours(2)), true, false, false));
            issues.add(new Issue("i" + i, "user" + i % 9, false, AuthorRelation.NONE, at, at, i % 3 == 0 ? null : at.plusDays(i % 20),
                    null));
            pulls.add(new ChangeRequest("p" + i, "user" + i % 7, i % 11 == 0, AuthorRelation.CONTRIBUTOR, at, at,
                    i % 4 == 0 ? null : at.plusHours(i % 90), i % 2 == 0 ? at.plusHours(i % 90) : null, null, null,
                    false));
        }
        if (id.forge() == io.forgepulse.domain.Forge.GIT) {
            issues.clear();
            pulls.clear();
        }
        events.write(id, new Events(List.of(), releases, issues, pulls, List.of(), List.of()), Map.of());
        Map<String, Person> bots = new HashMap<>();
        List<IdentityRow> identities = new ArrayList<>();
        for (AttributedCommit c : attributed) {
            identities.add(new IdentityRow(c.commit().author().email(), c.commit().author().name(), "",
                    c.author().key()));
            bots.put(c.author().key(), c.author());
        }
        new PeopleStore(jdbi).replace(id, bots.values(), identities);
        return new ProjectHistory(id, null, attributed, releases, issues, pulls, List.of(), List.of(),
                id.forge() != io.forgepulse.domain.Forge.GIT);
    }
}
