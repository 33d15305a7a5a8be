package io.forgepulse.pipeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.testing.OddHistory;
import io.forgepulse.testing.OddHistoryResource;
import io.forgepulse.testing.ScriptedRepo;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Odd histories harvest through the service: every commit is counted as far as it can be read, and the run's message
 * says what was odd. "Now" is 2026-06-30; the oracle is git itself.
 */
@QuarkusTest
@QuarkusTestResource(value = OddHistoryResource.class, restrictToAnnotatedClass = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OddHistoryEndToEndTest {

    @Inject
    HarvestScheduler scheduler;

    @Inject
    StartupRescoring rescoring;

    @BeforeAll
    void harvestOnce() throws Exception {
        // The start-up pass holds each project's harvest lock while it republishes: a harvest meanwhile is skipped.
        rescoring.finished().get(1, TimeUnit.MINUTES);
        scheduler.harvestAll();
    }

    @Test
    void oddCommitsAreCountedAndTheRunSaysWhatWasOdd() {
        ScriptedRepo repo = OddHistoryResource.repo("odd");
        int total = Integer.parseInt(repo.git("rev-list", "--count", "--no-merges", "HEAD"));
        JsonPath project = given().get("/api/v1/projects/git/odd").then().statusCode(200).extract().jsonPath();
        assertThat(project.getString("lastHarvest.outcome")).isEqualTo("success");
        assertThat(project.getString("lastHarvest.message"))
                .contains("2 commits have no author address")
                .contains("1 commit has an author name that is not valid UTF-8")
                .contains("1 commit is dated 1970-01-01 or earlier")
                .contains("1 commit is dated after this harvest");

        Map<String, Integer> commits = new HashMap<>();
        List<Map<String, Object>> rows = given().get("/api/v1/projects/git/odd/contributors").then().statusCode(200)
                .extract().jsonPath().getList("$");
        rows.forEach(r -> commits.merge((String) r.get("name"), (Integer) r.get("commits"), Integer::sum));
        assertThat(rows).hasSize(commits.size()).as("one row per name").hasSize(8 - 1);
        assertThat(commits.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(total);
        assertThat(commits).containsEntry(OddHistory.NO_ADDRESS, 2).containsEntry(OddHistory.BAD_NAME, 1)
                .containsEntry(OddHistory.LATIN1_NAME, 1).containsEntry("Old Import", 1)
                .containsEntry("Future Clock", 1);
        assertThat(given().get("/q/metrics").then().extract().asString())
                .contains("forgepulse_commits_total{project=\"git:odd\"} " + total + ".0");
    }

    @Test
    void anEpochOrFutureCommitIsInItsOwnMonthAndInNoWindowEndingNow() {
        // Without a range the series runs from the data's first day to its last, as git dates them.
        JsonPath all = given().queryParam("metric", "commits").queryParam("bucket", "month")
                .get("/api/v1/projects/git/odd/series").then().statusCode(200).extract().jsonPath();
        List<String> starts = all.getList("start");
        List<Float> values = all.getList("value", Float.class);
        assertThat(starts.get(0)).isEqualTo("1970-01-01");
        assertThat(starts.get(starts.size() - 1)).isEqualTo("2100-01-01");
        assertThat(values.get(0)).isEqualTo(1.0f);
        assertThat(values.get(values.size() - 1)).isEqualTo(1.0f);
        assertThat(monthlyCommits("odd", "2026-03-01", "2026-04-30")).containsExactly(5.0f, 1.0f);
        // The year to 2026-06-30 holds the six commits of 2026-03 and 2026-04, not the 1970 or 2100 ones.
        assertThat(given().get("/api/v1/projects/git/odd/scores").then().statusCode(200).extract().jsonPath()
                .getDouble("measures.commits_365d")).isEqualTo(6.0);
    }

    @Test
    void aPartialCloneWhoseOriginHasGoneHarvestsWithoutTheLinesItCannotCount() {
        ScriptedRepo clone = OddHistoryResource.repo("partial");
        JsonPath project = given().get("/api/v1/projects/git/partial").then().statusCode(200).extract().jsonPath();
        assertThat(project.getString("lastHarvest.outcome")).isEqualTo("success");
        // "three" changes a.txt, which the checkout fetched, from a version that is not here; "two" added that one.
        assertThat(project.getString("lastHarvest.message")).startsWith("2 commits have no line counts");
        List<Float> perMonth = monthlyCommits("partial", "2026-01-01", "2026-03-31");
        assertThat(perMonth.stream().mapToDouble(Float::doubleValue).sum())
                .isEqualTo(Double.parseDouble(clone.git("rev-list", "--count", "--no-merges", "HEAD")));
        assertThat(given().queryParam("metric", "lines_added").queryParam("bucket", "month")
                .queryParam("from", "2026-01-01").queryParam("to", "2026-03-31")
                .get("/api/v1/projects/git/partial/series").then().statusCode(200).extract().jsonPath()
                .getList("value", Float.class)).as("README.md is here, the rest unknown").containsExactly(1.0f, 0.0f, 0.0f);
    }

    private static List<Float> monthlyCommits(String project, String from, String to) {
        return given().queryParam("metric", "commits").queryParam("bucket", "month").queryParam("from", from)
                .queryParam("to", to).get("/api/v1/projects/git/" + project + "/series").then().statusCode(200).extract()
                .jsonPath().getList("value", Float.class);
    }
}
