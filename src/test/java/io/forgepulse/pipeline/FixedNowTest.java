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
import io.forgepulse.domain.AxisScore;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.ScoreCard;
import io.forgepulse.scoring.ScoreCardCalculator;
import io.forgepulse.store.ScoreCardStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code forgepulse.fixed-now} freezes scoring only: with it set (to a date months away from today), harvest times are
 * the real ones, so freshness and the stale-harvest alert see a harvest that just happened; and the score history ends
 * at the fixed now, its month-end cards never taking the present card's place.
 */
@QuarkusTest
@QuarkusTestResource(value = SampleProjectResource.class, restrictToAnnotatedClass = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FixedNowTest {

    @Inject
    HarvestScheduler scheduler;

    @Inject
    MonthEndScoring monthEnds;

    @Inject
    ScoreCardStore cards;

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

    /**
     * The history is computed for the month ends before the fixed now (2024-01 to 2026-05), not before the real today;
     * a month-end card computed for a later instant (as a run with the real clock would have stored) is not the
     * present card, nor in the series that ends today.
     */
    @Test
    void monthEndCardsEndAtTheFixedNowAndNeverShadowThePresentCard() throws Exception {
        assertThat(monthEnds.awaitIdle(Duration.ofMinutes(2))).isTrue();
        ProjectId sample = ProjectId.parse("git:sample");
        assertThat(cards.historicalDays(sample, ScoreCardCalculator.RULESET).stream().sorted().toList())
                .hasSize(29).startsWith(LocalDate.parse("2024-01-31")).endsWith(LocalDate.parse("2026-05-31"));
        ScoreCard present = cards.latest(sample).orElseThrow();
        cards.saveHistorical(new ScoreCard(sample, Instant.parse("2026-08-01T00:00:00Z"), ScoreCardCalculator.RULESET,
                new AxisScore(1.0, 1), present.diversity(), present.maturity(), present.level(), List.of(), List.of(),
                Map.of(), null, null, null));

        given().when().get("/api/v1/projects/git/sample/scores").then().statusCode(200)
                .body("computedAt", equalTo(SampleProject.NOW));
        JsonPath series = given().queryParam("metric", "score_activity").when()
                .get("/api/v1/projects/git/sample/series").then().statusCode(200).extract().jsonPath();
        assertThat(series.getList("start", String.class)).endsWith("2026-06-01").doesNotContain("2026-07-01");
        // JSON numbers read back as floats here.
        assertThat(series.getDouble("value[-1]")).isCloseTo(present.activity().score(), org.assertj.core.data.Offset.offset(1e-4));
    }
}
