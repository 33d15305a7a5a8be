package io.forgepulse.bench;

import static io.restassured.RestAssured.given;

import io.forgepulse.pipeline.HarvestScheduler;
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
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Server time of the project page of a 10,000-commit repository (bench/README.md records the table): the page
 * rendered 50 times after 10 warm-up requests, timed at the client on loopback.
 * Run: {@code ./mvnw -B -ntp test -Dtest=ProjectPageBench -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false}
 */
@QuarkusTest
@TestProfile(ProjectPageBench.Big.class)
@EnabledIfSystemProperty(named = "bench", matches = "true")
class ProjectPageBench {

    static final int COMMITS = 10_000;

    /** A service tracking one generated repository, on its own in-memory database. */
    public static class Big implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            Path root;
            try {
                root = Files.createTempDirectory("forgepulse-page-bench");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            GeneratedRepo.create(root.resolve("big"), COMMITS, 60);
            return Map.of("forgepulse.track", "git:big=" + root.resolve("big"),
                    "forgepulse.fixed-now", SampleProject.NOW,
                    "forgepulse.data-dir", root.resolve("data").toString(),
                    "quarkus.datasource.h2.jdbc.url", "jdbc:h2:mem:forgepulse-page-bench;DB_CLOSE_DELAY=-1");
        }
    }

    @Inject
    HarvestScheduler scheduler;

    @Test
    void projectPageRenderTime() {
        scheduler.harvestAll();
        for (int i = 0; i < 10; i++) {
            given().get("/projects/git/big").then().statusCode(200);
        }
        for (String page : new String[] {"/projects/git/big", "/", "/api/v1/projects/git/big/scores"}) {
            long[] ms = new long[50];
            for (int i = 0; i < ms.length; i++) {
                long t = System.nanoTime();
                given().get(page).then().statusCode(200);
                ms[i] = (System.nanoTime() - t) / 1_000_000;
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "BENCH %s (%d commits): median %d ms, p90 %d ms, max %d ms%n", page,
                    COMMITS, ms[ms.length / 2], ms[ms.length * 9 / 10], ms[ms.length - 1]);
        }
    }
}
