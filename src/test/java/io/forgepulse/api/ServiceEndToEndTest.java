package io.forgepulse.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.forgepulse.domain.ProjectId;
import io.forgepulse.pipeline.HarvestScheduler;
import io.forgepulse.pipeline.MonthEndScoring;
import io.forgepulse.store.EventStore;
import io.forgepulse.store.HarvestRun;
import io.forgepulse.store.HarvestRunStore;
import io.forgepulse.testing.SampleProject;
import io.forgepulse.testing.SampleProjectResource;
import io.forgepulse.testing.ScriptedRepo;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** From harvest to REST to /q/metrics on a scripted repository, checked against git itself. */
@QuarkusTest
@QuarkusTestResource(value = SampleProjectResource.class, restrictToAnnotatedClass = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServiceEndToEndTest {

    private static final ProjectId SAMPLE = ProjectId.parse("git:sample");

    @Inject
    HarvestScheduler scheduler;

    @Inject
    HarvestRunStore runs;

    @Inject
    EventStore events;

    @Inject
    MonthEndScoring monthEnds;

    @BeforeAll
    void harvestOnce() {
        scheduler.harvestAll();
    }

    @Test
    void listsTheTrackedProjectWithAllThreeScores() {
        given().when().get("/api/v1/projects").then().statusCode(200)
                .body("find { it.id == 'git:sample' }.forge", equalTo("git"))
                .body("find { it.id == 'git:sample' }.lastHarvest.outcome", equalTo("success"))
                .body("find { it.id == 'git:sample' }.scores.activity", notNullValue())
                .body("find { it.id == 'git:sample' }.scores.diversity", notNullValue())
                .body("find { it.id == 'git:sample' }.scores.maturity", notNullValue());
    }

    @Test
    void theProjectListIsPagedByItsLinkHeaderAndFiltered() {
        List<String> all = given().queryParam("size", 1000).when().get("/api/v1/projects").then().statusCode(200)
                .extract().jsonPath().getList("id");
        assertThat(all).contains("git:sample", "git:broken").isSorted();
        List<String> paged = new java.util.ArrayList<>();
        String next = "/api/v1/projects?size=1";
        while (next != null) {
            io.restassured.response.Response page = given().when().get(next);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.header("X-Total-Count")).isEqualTo(String.valueOf(all.size()));
            List<String> ids = page.jsonPath().getList("id");
            assertThat(ids).hasSize(1);
            paged.addAll(ids);
            String link = page.header("Link");
            next = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
            assertThat(paged.size()).as("pages followed").isLessThanOrEqualTo(all.size());
        }
        assertThat(paged).isEqualTo(all);

        assertThat(given().queryParam("outcome", "failure").when().get("/api/v1/projects").then().statusCode(200)
                .extract().jsonPath().<String>getList("id")).contains("git:broken").doesNotContain("git:sample");
        assertThat(given().queryParam("forge", "github").when().get("/api/v1/projects").then().statusCode(200)
                .extract().jsonPath().<String>getList("id")).isEmpty();
        for (Map.Entry<String, String> bad : Map.of("size", "0", "page", "-1", "forge", "svn", "outcome", "great")
                .entrySet()) {
            given().queryParam(bad.getKey(), bad.getValue()).when().get("/api/v1/projects").then().statusCode(400)
                    .contentType("application/problem+json").body("detail", containsString(bad.getKey() + "="));
        }
    }

    @Test
    void oneProjectsFailureIsRecordedAndStopsNoOther() {
        given().when().get("/api/v1/projects/git/broken").then().statusCode(200)
                .body("lastHarvest.outcome", equalTo("failure"))
                // A sentence anyone may read: what failed, without the path on this host (the log has it).
                .body("lastHarvest.message", containsString("no directory at …"))
                .body("lastHarvest.message", not(containsString("missing")))
                .body("scores", equalTo(null));
        given().when().get("/api/v1/projects/git/sample").then().statusCode(200)
                .body("lastHarvest.outcome", equalTo("success"));
        assertThat(given().when().get("/q/metrics").then().extract().asString())
                .contains("forgepulse_harvest_runs_total{outcome=\"failure\",project=\"git:broken\"}");
    }

    @Test
    void theFirstHarvestExpectedTheCommitsGitCounts() {
        List<HarvestRun> all = runs.recent(SAMPLE, 1000);
        HarvestRun first = all.get(all.size() - 1);
        int count = Integer.parseInt(SampleProjectResource.repo().git("rev-list", "--count", "--no-merges", "HEAD")
                .trim());
        assertThat(first.itemsExpected()).as("the progress total of the first harvest").isEqualTo(count);
        assertThat(first.written().commits()).isEqualTo(count);
    }

    @Test
    void monthlyCommitsEqualGitRevListByAuthorMonthInUtc() {
        ScriptedRepo repo = SampleProjectResource.repo();
        // Independent oracle: git formats each non-merge commit's author date in UTC (TZ=UTC) as YYYY-MM.
        Map<String, Long> expected = Arrays.stream(repo.git("log", "--no-merges", "--date=format-local:%Y-%m",
                        "--format=%ad", "main").split("\n"))
                .filter(s -> !s.isBlank())
                .collect(Collectors.groupingBy(s -> s, TreeMap::new, Collectors.counting()));

        List<Map<String, Object>> points = given().queryParam("metric", "commits").queryParam("bucket", "month")
                .when().get("/api/v1/projects/git/sample/series").then().statusCode(200)
                .extract().jsonPath().getList("$");

        Map<String, Long> actual = new TreeMap<>();
        for (Map<String, Object> p : points) {
            long value = Math.round(((Number) p.get("value")).doubleValue());
            if (value > 0) {
                actual.put(((String) p.get("start")).substring(0, 7), value);
            }
        }
        assertThat(actual).isEqualTo(expected);
        assertThat(points).allSatisfy(p -> assertThat((String) p.get("start")).endsWith("-01"));
    }

    @Test
    void busFactorEqualsAnIndependentCountOverGitLog() {
        ScriptedRepo repo = SampleProjectResource.repo();
        Instant now = Instant.parse(SampleProject.NOW);
        // git prints each commit's author date (epoch seconds) and mail; --since is not used because git stops
        // walking at the first old commit when dates are not monotonic, as in the sample.
        long yearAgo = now.minus(365, ChronoUnit.DAYS).getEpochSecond();
        List<Long> perAuthor = Arrays.stream(repo.git("log", "--no-merges", "--format=%at %ae", "main").split("\n"))
                .filter(s -> !s.isBlank() && !s.contains("[bot]"))
                .filter(s -> Long.parseLong(s.substring(0, s.indexOf(' '))) >= yearAgo)
                .map(s -> s.substring(s.indexOf(' ') + 1))
                .collect(Collectors.groupingBy(s -> s.toLowerCase(Locale.ROOT), Collectors.counting()))
                .values().stream().sorted((a, b) -> Long.compare(b, a)).toList();
        long total = perAuthor.stream().mapToLong(Long::longValue).sum();
        int expected = 0;
        long covered = 0;
        for (long n : perAuthor) {
            expected++;
            covered += n;
            if (covered * 2 > total) {
                break;
            }
        }

        JsonPath scores = given().when().get("/api/v1/projects/git/sample/scores").then().statusCode(200)
                .extract().jsonPath();

        assertThat(scores.getDouble("measures.bus_factor")).isEqualTo(expected);
        assertThat(scores.getString("ruleset")).isEqualTo("forgepulse/2");
        assertThat(scores.getList("maturity.criteria.id")).contains("GOV.LICENSE", "LEG.AGE", "SEC.SIGNED");
        assertThat(scores.getString("maturity.level")).isNotNull();
        assertThat(scores.getString("licenseFamily")).isEqualTo("permissive");
    }

    /**
     * The sample's scores computed by hand (docs/scoring.md, now = 2026-06-30). Year [2025-06-30, now): 33 non-merge
     * commits, 28 by people: Ann 11 (two address spellings, one person), Bo 6, Di 6, Cy 5; the bot's 5 do not count.
     * Bus factor: 11 + 6 = 17 > 14, so 2 (1 point). Organizations by the configured domain map (each domain has one person, so unmapped it
     * would be personal): acme-corp.com 11, globex-corp.com 6, initech-corp.com 6; Cy (gmail.com) is unaffiliated; 23 of 28 commits known, more than half, so the elephant
     * factor is over those 23: 11 + 6 = 17 > 11.5, so 2 (1 point). Active in the last 90 days: Ann, Bo, Cy, Di = 4
     * (2 points). Previous quarter [2026-01-01, 2026-04-01): Ann and Bo, both active again: retention 100 % (5
     * points). Diversity = (1 + 1 + 2 + 5) / (5 * 4) = 45. Nobody makes 70 % of the year's commits, at least three
     * people commit and none makes over half: meritocratic. Level: every basic gate is met (MIT license at top level
     * 2, a commit in the year, three releases with a stable one over more than 12 months, README over 1 kB, pom.xml
     * with mvnw, tests and CI), but intermediate needs GOV.DOCS >= 1 and the sample has no GOVERNANCE, MAINTAINERS,
     * CODEOWNERS or CODE_OF_CONDUCT, a gate at 0: the level is basic, and not provisional.
     */
    @Test
    void scoresEqualValuesComputedByHand() {
        JsonPath scores = given().when().get("/api/v1/projects/git/sample/scores").then().statusCode(200)
                .extract().jsonPath();

        assertThat(scores.getDouble("measures.bus_factor")).isEqualTo(2.0);
        assertThat(scores.getDouble("measures.elephant_factor")).isEqualTo(2.0);
        assertThat(scores.getDouble("measures.active_contributors_90d")).isEqualTo(4.0);
        assertThat(scores.getDouble("diversity.score")).isEqualTo(45.0);
        assertThat(scores.getString("decisionMode")).isEqualTo("meritocratic");
        assertThat(scores.getString("maturity.level")).isEqualTo("basic");
        assertThat(scores.getBoolean("maturity.provisional")).isFalse();
        assertThat(scores.getInt("maturity.criteria.find { it.id == 'GOV.DOCS' }.score")).isZero();
        assertThat(scores.getInt("maturity.criteria.find { it.id == 'LEG.RELHIST' }.score")).isEqualTo(2);
        assertThat(scores.getInt("maturity.criteria.find { it.id == 'SEC.POLICY' }.score")).isEqualTo(2);
    }

    /**
     * The sample's first commit is of 2024-01: a month-end card for each month to 2026-05, and for 2026-06 today's
     * card, however often the day's harvest ran (the day keeps one present card).
     */
    @Test
    void scoreHistoryHasOnePointPerMonthSinceTheFirstCommit() throws Exception {
        scheduler.harvestAll();
        assertThat(monthEnds.awaitIdle(java.time.Duration.ofMinutes(2))).isTrue();

        JsonPath series = given().queryParam("metric", "score_maturity").when()
                .get("/api/v1/projects/git/sample/series").then().statusCode(200).extract().jsonPath();
        assertThat(series.getList("start", String.class)).hasSize(30).startsWith("2024-01-01")
                .endsWith("2026-05-01", "2026-06-01");
        assertThat(series.getList("value")).doesNotContainNull();
        assertThat(series.getDouble("value[29]")).isCloseTo(given().when().get("/api/v1/projects/git/sample/scores")
                .then().extract().jsonPath().getDouble("maturity.score"), org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void contributorsMergeAliasesAndFlagBots() {
        JsonPath body = given().when().get("/api/v1/projects/git/sample/contributors").then().statusCode(200)
                .extract().jsonPath();
        List<String> names = body.getList("name");
        assertThat(names).containsOnlyOnce("Ann Lee");
        assertThat(body.getInt("find { it.name == 'Ann Lee' }.commits")).isEqualTo(12);
        assertThat(body.getBoolean("find { it.name == 'dependabot[bot]' }.bot")).isTrue();
        assertThat(body.getString("find { it.name == 'Cy Diaz' }.organization")).isNull();
        assertThat(body.getString("find { it.name == 'Bo Chen' }.organization")).isNotNull();
    }

    @Test
    void harvestingAgainStoresNothingNew() {
        int before = events.commits(SAMPLE).size();
        scheduler.harvestAll();

        HarvestRun latest = runs.latest(SAMPLE).orElseThrow();
        assertThat(latest.outcome()).isEqualTo(HarvestRun.SUCCESS);
        assertThat(latest.written().total()).isZero();
        assertThat(events.commits(SAMPLE)).hasSize(before);
        assertThat(before).isEqualTo(Integer.parseInt(SampleProjectResource.repo()
                .git("rev-list", "--no-merges", "--count", "main").trim()));
    }

    @Test
    void metricsShowScoresAndCountersFromMemory() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("forgepulse_score{project=\"git:sample\",score=\"activity\"}")
                .contains("forgepulse_score{project=\"git:sample\",score=\"maturity\"}")
                .contains("forgepulse_maturity_level{project=\"git:sample\"}")
                .contains("forgepulse_bus_factor{project=\"git:sample\"}")
                .contains("forgepulse_harvest_runs_total{outcome=\"success\",project=\"git:sample\"}")
                .contains("forgepulse_last_harvest_success_timestamp_seconds{project=\"git:sample\"}")
                .doesNotContain("forgepulse_stars{project=\"git:sample\"}");
        String commits = metrics.lines().filter(l -> l.startsWith("forgepulse_commits_total{project=\"git:sample\"}"))
                .findFirst().orElseThrow();
        assertThat(Double.parseDouble(commits.substring(commits.lastIndexOf(' ') + 1)))
                .isEqualTo(events.commits(SAMPLE).size());
    }

    @Test
    void pulseSummarisesThePeriod() {
        given().queryParam("period", "P30D").when().get("/api/v1/projects/git/sample/pulse").then().statusCode(200)
                .body("commits", equalTo(countSince("2026-05-31T00:00:00Z")))
                .body("releases", equalTo(2))
                .body("issuesOpened", equalTo(null));
    }

    @Test
    void badgeIsAnSvgWithTheScore() {
        String svg = given().when().get("/api/v1/projects/git/sample/badge/maturity.svg").then().statusCode(200)
                .contentType("image/svg+xml").extract().asString();
        assertThat(svg).startsWith("<svg").contains("maturity");
    }

    @Test
    void badRequestsGetProblemJsonAndTheServiceKeepsServing() {
        given().when().get("/api/v1/projects/git/nope").then().statusCode(404)
                .contentType("application/problem+json").body("detail", containsString("not tracked"));
        given().when().get("/api/v1/projects/svn/x/y").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("unknown forge"));
        given().queryParam("metric", "stars").when().get("/api/v1/projects/git/sample/series").then().statusCode(400)
                .body("detail", containsString("commits"));
        given().queryParam("metric", "commits").queryParam("from", "last-year")
                .when().get("/api/v1/projects/git/sample/series").then().statusCode(400)
                .body("detail", containsString("YYYY-MM-DD"));
        given().queryParam("period", "P1Y").when().get("/api/v1/projects/git/sample/pulse").then().statusCode(400);
        given().when().get("/api/v1/projects/git/sample/badge/fame.svg").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"id\": \"git:other\", \"location\": \"/tmp\"}")
                .when().post("/api/v1/projects").then().statusCode(401)
                .contentType("application/problem+json").body("detail", containsString("Bearer"));
        given().header("Authorization", "Bearer wrong").contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/projects").then().statusCode(401);
        given().header("Authorization", "Bearer " + SampleProjectResource.ADMIN_TOKEN).contentType(ContentType.JSON)
                .body("{not json").when().post("/api/v1/projects").then().statusCode(400)
                .contentType("application/problem+json");
        given().header("Authorization", "Bearer " + SampleProjectResource.ADMIN_TOKEN).contentType(ContentType.JSON)
                .body("{\"id\": \"git:other\", \"location\": \"ssh://host/repo\"}")
                .when().post("/api/v1/projects").then().statusCode(400).body("detail", containsString("https://"));
        given().header("Authorization", "Bearer " + SampleProjectResource.ADMIN_TOKEN)
                .when().delete("/api/v1/projects/git/sample").then().statusCode(409);
        given().when().get("/api/v1/projects").then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem("git:sample"));
    }

    @Test
    void trackHarvestAndUntrackOverTheApi() throws Exception {
        String location = SampleProjectResource.repo().dir().toString();
        String auth = "Bearer " + SampleProjectResource.ADMIN_TOKEN;
        given().header("Authorization", auth).contentType(ContentType.JSON)
                .body("{\"id\": \"git:copy\", \"location\": \"" + location + "\"}")
                .when().post("/api/v1/projects").then().statusCode(201)
                .header("Location", containsString("/api/v1/projects/git/copy"));
        given().header("Authorization", auth).contentType(ContentType.JSON)
                .body("{\"id\": \"git:copy\", \"location\": \"" + location + "\"}")
                .when().post("/api/v1/projects").then().statusCode(409);
        given().header("Authorization", auth).when().post("/api/v1/projects/git/copy/harvest").then().statusCode(202);
        ProjectId copy = ProjectId.parse("git:copy");
        for (int i = 0; i < 100 && !runs.latestSuccess(copy).isPresent(); i++) {
            Thread.sleep(100);
        }
        assertThat(runs.latestSuccess(copy)).isPresent();

        given().header("Authorization", auth).when().delete("/api/v1/projects/git/copy").then().statusCode(204);
        given().when().get("/api/v1/projects/git/copy").then().statusCode(404);
        assertThat(events.commits(copy)).isEmpty();
        assertThat(given().when().get("/q/metrics").then().extract().asString())
                .doesNotContain("project=\"git:copy\"");

        // Tracked again, it gets its gauges back.
        given().header("Authorization", auth).contentType(ContentType.JSON)
                .body("{\"id\": \"git:copy\", \"location\": \"" + location + "\"}")
                .when().post("/api/v1/projects").then().statusCode(201);
        for (int i = 0; i < 100 && !runs.latestSuccess(copy).isPresent(); i++) {
            Thread.sleep(100);
        }
        assertThat(given().when().get("/q/metrics").then().extract().asString())
                .contains("forgepulse_score{project=\"git:copy\",score=\"maturity\"}");
        given().header("Authorization", auth).when().delete("/api/v1/projects/git/copy").then().statusCode(204);
    }

    @Test
    void credentialsInACloneUrlNeverAppearInAnswers() throws Exception {
        String auth = "Bearer " + SampleProjectResource.ADMIN_TOKEN;
        String created = given().header("Authorization", auth).contentType(ContentType.JSON)
                .body("{\"id\": \"git:private\", \"location\": \"https://bob:s3cr3t-token@127.0.0.1:1/repo.git\"}")
                .when().post("/api/v1/projects").then().statusCode(201).extract().asString();
        ProjectId id = ProjectId.parse("git:private");
        for (int i = 0; i < 100 && runs.latest(id).map(r -> r.outcome().equals(HarvestRun.RUNNING)).orElse(true); i++) {
            Thread.sleep(100);
        }
        String shown = given().when().get("/api/v1/projects/git/private").then().statusCode(200).extract().asString();

        assertThat(created + shown).doesNotContain("s3cr3t-token").doesNotContain("bob:");
        assertThat(shown).contains("https://127.0.0.1:1/repo.git").contains("\"outcome\":\"failure\"");
        given().header("Authorization", auth).when().delete("/api/v1/projects/git/private").then().statusCode(204);
    }

    @Test
    void openApiAndHealthAreServed() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/projects"));
    }

    /** Non-merge commits whose author date git prints within [since, NOW). */
    private static int countSince(String since) {
        long from = Instant.parse(since).getEpochSecond();
        long to = Instant.parse(SampleProject.NOW).getEpochSecond();
        return (int) Arrays.stream(SampleProjectResource.repo().git("log", "--no-merges", "--format=%at", "main")
                        .split("\n"))
                .filter(s -> !s.isBlank())
                .mapToLong(Long::parseLong)
                .filter(t -> t >= from && t < to)
                .count();
    }

}
