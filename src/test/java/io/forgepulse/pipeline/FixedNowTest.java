package io.forgepulse.pipeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.forgepulse.testing.SampleProject;
import io.forgepulse.testing.SampleProjectResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code forgepulse.fixed-now} freezes scoring only: with it set (to a date months away from today), harvest times are
 * the real ones, so freshness and the stale-harvest alert see a harvest that just happened.
 */
@QuarkusTest
@QuarkusTestResource(value = SampleProjectResource.class, restrictToAnnotatedClass = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FixedNowTest {

    @Inject
    HarvestScheduler scheduler;

    private Instant before;
    private Instant after;

    @BeforeAll
    void harvestOnce() {
        // The service may have harvested at start-up already (then this harvest is that one, or skipped while it
        // runs), and a loaded machine can take a minute to start: real times are those of the last hour, which the
        // fixed now, five months earlier, is far from.
        before = Instant.now().minusSeconds(3600);
        scheduler.harvestAll();
        after = Instant.now().plusSeconds(1);
    }

    @Test
    void harvestTimesAreTheRealOnes() {
        JsonPath project = given().when().get("/api/v1/projects/git/sample").then().statusCode(200).extract().jsonPath();
        assertThat(Instant.parse(project.getString("lastHarvest.at"))).isBetween(before, after);
        assertThat(Instant.parse(project.getString("freshness.lastSuccessAt"))).isBetween(before, after);
        assertThat(Instant.parse(project.getString("freshness.snapshotAt"))).isBetween(before, after);
        // Measured against the real now, not the fixed one months away.
        assertThat(project.getLong("freshness.ageSeconds")).isBetween(0L, Instant.now().getEpochSecond()
                - before.getEpochSecond());
    }

    @Test
    void theLastSuccessMetricIsTheRealTime() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("forgepulse_last_harvest_success_timestamp_seconds\\{project=\"git:sample\"} (\\S+)")
                .matcher(metrics);
        assertThat(m.find()).as("the last-success gauge of git:sample").isTrue();
        assertThat((long) Double.parseDouble(m.group(1))).isBetween(before.getEpochSecond(), after.getEpochSecond());
    }

    @Test
    void scoresStillUseTheFixedNow() {
        given().when().get("/api/v1/projects/git/sample/scores").then().statusCode(200)
                .body("computedAt", equalTo(SampleProject.NOW));
    }
}
