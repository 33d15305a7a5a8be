package io.forgepulse.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.ProjectId;
import io.forgepulse.pipeline.HarvestScheduler;
import io.forgepulse.pipeline.MonthEndScoring;
import io.forgepulse.store.ProjectStore;
import io.forgepulse.store.StatementCount;
import io.forgepulse.store.StoredProject;
import io.forgepulse.testing.GeneratedRepo;
import io.forgepulse.testing.SampleProject;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlLogger;
import org.junit.jupiter.api.Test;

/**
 * The project page and the reads it is made of cost the same number of SQL statements for a 50-commit project as for
 * a 50,000-commit one (issue 9): nothing loads the history; the home page costs as many for three projects as for two.
 */
@QuarkusTest
@TestProfile(ReadCostTest.TwoSizes.class)
class ReadCostTest {

    /** A small and a large generated repository, on their own in-memory database. */
    public static class TwoSizes implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Path root;
            try {
                root = Files.createTempDirectory("forgepulse-read-cost");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            GeneratedRepo.create(root.resolve("small"), 50, 7);
            GeneratedRepo.create(root.resolve("large"), 50_000, 60);
            return Map.of("forgepulse.track", "git:small=" + root.resolve("small") + ", git:large="
                            + root.resolve("large"),
                    "forgepulse.fixed-now", SampleProject.NOW,
                    // Every read computed, as a cache miss is: the cost measured is the one that must not grow.
                    "forgepulse.read-cache.entries-per-project", "0",
                    "forgepulse.data-dir", root.resolve("data").toString(),
                    "quarkus.datasource.h2.jdbc.url", "jdbc:h2:mem:forgepulse-read-cost;DB_CLOSE_DELAY=-1");
        }
    }

    @Inject
    HarvestScheduler scheduler;

    @Inject
    Jdbi jdbi;

    @Inject
    ProjectStore projects;

    @Inject
    MonthEndScoring monthEnds;

    @Test
    void aReadOfALargeProjectRunsAsManyStatementsAsOneOfASmallProject() {
        scheduler.harvestAll();
        given().get("/api/v1/projects/git/large/scores").then().statusCode(200)
                .body("maturity.score", org.hamcrest.Matchers.notNullValue());
        AtomicInteger statements = StatementCount.of(jdbi);
        try {
            for (String read : List.of("/projects/git/%s", "/api/v1/projects/git/%s/series?metric=commits",
                    "/api/v1/projects/git/%s/series?metric=authors&bucket=week",
                    "/api/v1/projects/git/%s/series?metric=new_contributors",
                    "/api/v1/projects/git/%s/pulse?period=P30D", "/api/v1/projects/git/%s/contributors",
                    "/api/v1/projects/git/%s")) {
                int small = fewest(statements, read.formatted("small"));
                int large = fewest(statements, read.formatted("large"));
                assertThat(large).as("statements of %s", read).isEqualTo(small).isPositive();
            }
        } finally {
            jdbi.setSqlLogger(SqlLogger.NOP_SQL_LOGGER);
        }
    }

    @Test
    void theHomePageRunsAsManyStatementsForThreeProjectsAsForTwo() throws InterruptedException {
        scheduler.harvestAll();
        // The month-end pass after a first harvest runs statements of its own meanwhile.
        assertThat(monthEnds.awaitIdle(Duration.ofMinutes(2))).isTrue();
        AtomicInteger statements = StatementCount.of(jdbi);
        try {
            int two = fewest(statements, "/");
            projects.track(ProjectId.parse("git:third"), "/nowhere", StoredProject.ORIGIN_API, Instant.now());
            given().get("/").then().statusCode(200).body(org.hamcrest.Matchers.containsString("git:third"));
            int three = fewest(statements, "/");
            // The sparklines of every listed project come from one statement, not one per project.
            assertThat(three).isEqualTo(two).isPositive();
        } finally {
            jdbi.setSqlLogger(SqlLogger.NOP_SQL_LOGGER);
            projects.untrack(ProjectId.parse("git:third"));
        }
    }

    /** The fewest statements of three requests: a background pass that happens to run meanwhile is not counted. */
    private static int fewest(AtomicInteger statements, String path) {
        int fewest = Integer.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            int before = statements.get();
            given().get(path).then().statusCode(200);
            fewest = Math.min(fewest, statements.get() - before);
        }
        return fewest;
    }
}
