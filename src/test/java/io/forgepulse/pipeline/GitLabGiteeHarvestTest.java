package io.forgepulse.pipeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.forge.gitee.RecordedGitee;
import io.forgepulse.forge.gitlab.RecordedGitLab;
import io.forgepulse.store.HarvestRun;
import io.forgepulse.store.HarvestRunStore;
import io.forgepulse.store.ProjectStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A {@code gitlab:} and a {@code gitee:} project through the whole running service, as a user sees them over the REST
 * API: every figure is counted here from the recordings (the oracle), never taken from the code's own output.
 */
@QuarkusTest
@QuarkusTestResource(value = GitLabGiteeProjectsResource.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GitLabGiteeHarvestTest {

    /** Just after the last recorded item of either forge (2022-06-30): the scoring year holds both recordings' ends. */
    static final Instant NOW = Instant.parse("2022-07-01T00:00:00Z");
    private static final Instant YEAR_START = NOW.minus(Duration.ofDays(365));
    private static final String GITLAB = "/api/v1/projects/gitlab/" + RecordedGitLab.PROJECT;
    private static final String GITEE = "/api/v1/projects/gitee/" + RecordedGitee.REPO;

    /** An issue or change request as both recordings have it, in the fields the oracle counts. */
    record Item(String author, Instant created, Instant closed, Instant merged, String mergedBy) {
    }

    private static final List<Item> GITLAB_ISSUES = gitlab("issues.pages.json");
    private static final List<Item> GITLAB_MERGE_REQUESTS = gitlab("merge_requests.pages.json");
    private static final List<Item> GITEE_ISSUES = gitee("go-scm/issues.json", "finished_at");
    private static final List<Item> GITEE_PULLS = gitee("go-scm/pulls.json", "closed_at");

    @Inject
    HarvestRunStore runs;

    @Inject
    ProjectStore projects;

    @Inject
    HarvestStep harvests;

    private static List<Item> gitlab(String pagesFile) {
        List<Item> items = new ArrayList<>();
        for (JsonNode i : RecordedGitLab.items(pagesFile)) {
            Instant merged = time(i, "merged_at");
            // a merged merge request is closed when merged (its closed_at is null in the recording)
            items.add(new Item(i.path("author").path("username").asText(), time(i, "created_at"),
                    merged != null ? merged : time(i, "closed_at"), merged, i.path("merged_by").path("username").asText(null)));
        }
        return items;
    }

    private static List<Item> gitee(String resource, String closedField) {
        List<Item> items = new ArrayList<>();
        for (JsonNode i : RecordedGitee.items(resource)) {
            items.add(new Item(i.path("user").path("login").asText(), time(i, "created_at"), time(i, closedField),
                    time(i, "merged_at"), null));
        }
        return items;
    }

    private static Instant time(JsonNode item, String field) {
        JsonNode value = item.path(field);
        return value.isTextual() ? OffsetDateTime.parse(value.asText()).toInstant() : null;
    }

    private static boolean inYear(Instant t) {
        return t != null && !t.isBefore(YEAR_START) && t.isBefore(NOW);
    }

    private static long count(List<Item> items, Predicate<Item> test) {
        return items.stream().filter(test).count();
    }

    private HarvestRun harvest(TrackedProject project) {
        harvests.harvest(projects.find(project.id()).orElseThrow());
        return runs.latest(project.id()).orElseThrow();
    }

    private static JsonPath scores(String project) {
        return given().when().get(project + "/scores").then().statusCode(200).extract().jsonPath();
    }

    private static String leaf(JsonPath scores, String id, String field) {
        return scores.getString("maturity.criteria.find { it.id == '" + id + "' }." + field);
    }

    @Test
    @Order(1)
    void bothConfiguredProjectsAreHarvestedAndScoredFromTheirRecordings() {
        assertThat(given().when().get("/api/v1/projects").then().statusCode(200).extract().jsonPath().getList("id"))
                .contains("gitlab:" + RecordedGitLab.PROJECT, "gitee:" + RecordedGitee.REPO);
        assertThat(harvest(GitLabGiteeProjectsResource.gitlab).outcome()).isEqualTo(HarvestRun.SUCCESS);
        assertThat(harvest(GitLabGiteeProjectsResource.gitee).outcome()).isEqualTo(HarvestRun.SUCCESS);

        for (String project : List.of(GITLAB, GITEE)) {
            JsonPath scores = scores(project);
            for (String leaf : List.of("ACT.RESP", "ACT.CLOSE", "LEG.POP", "GOV.OWNER", "IND.RELNOTES", "SEC.SIGNED",
                    "IND.CONTRIB")) {
                assertThat(leaf(scores, leaf, "score")).as(project + " " + leaf).isNotNull();
            }
        }
    }

    @Test
    @Order(2)
    void theGitLabScoreCardCountsWhatTheRecordingHolds() {
        JsonPath scores = scores(GITLAB);

        // ACT.RESP: issues opened 30 to 365 days ago; the recording holds no issue notes, so none was answered.
        long asked = count(GITLAB_ISSUES, i -> !i.created().isBefore(YEAR_START)
                && i.created().isBefore(NOW.minus(Duration.ofDays(30))));
        assertThat(asked).isPositive();
        assertThat(leaf(scores, "ACT.RESP", "value")).isEqualTo("answered 0/" + asked);
        long opened = count(GITLAB_MERGE_REQUESTS, m -> inYear(m.created()));
        long closed = count(GITLAB_MERGE_REQUESTS, m -> inYear(m.closed()));
        assertThat(leaf(scores, "ACT.CLOSE", "evidence"))
                .startsWith(closed + " non-bot PRs closed and " + opened + " opened in 365 days");
        long merged = count(GITLAB_MERGE_REQUESTS, m -> inYear(m.merged()));
        long byOther = count(GITLAB_MERGE_REQUESTS, m -> inYear(m.merged()) && !m.author().equals(m.mergedBy()));
        assertThat(merged).isPositive();
        assertThat(leaf(scores, "DIV.REVIEW", "evidence")).startsWith(byOther + " of " + merged + " non-bot PRs merged");
        JsonNode project = RecordedGitLab.read("project.json");
        assertThat(scores.getInt("maturity.criteria.find { it.id == 'LEG.POP' }.value"))
                .isEqualTo(project.path("star_count").asInt());
        assertThat(project.path("namespace").path("kind").asText()).isEqualTo("group");
        assertThat(leaf(scores, "GOV.OWNER", "value")).isEqualTo("organization");
    }

    @Test
    @Order(3)
    void theGiteeScoreCardCountsWhatTheRecordingHolds() {
        JsonPath scores = scores(GITEE);

        // Both issues are over 30 days old; the one comment is their author's own, so neither was answered.
        assertThat(leaf(scores, "ACT.RESP", "value")).isEqualTo("answered 0/" + GITEE_ISSUES.size());
        assertThat(leaf(scores, "ACT.CLOSE", "evidence")).startsWith(count(GITEE_PULLS, p -> inYear(p.closed()))
                + " non-bot PRs closed and " + count(GITEE_PULLS, p -> inYear(p.created())) + " opened in 365 days");
        // No recorded pull was merged: the review leaf says so rather than scoring an empty year.
        assertThat(count(GITEE_PULLS, p -> p.merged() != null)).isZero();
        assertThat(leaf(scores, "DIV.REVIEW", "score")).isNull();
        assertThat(leaf(scores, "DIV.REVIEW", "evidence")).contains("no PR merged");
        JsonNode repo = RecordedGitee.read("go-scm/repo.json");
        assertThat(scores.getInt("maturity.criteria.find { it.id == 'LEG.POP' }.value"))
                .isEqualTo(repo.path("stargazers_count").asInt());
        assertThat(repo.path("namespace").path("type").asText()).isEqualTo("personal");
        assertThat(leaf(scores, "GOV.OWNER", "value")).isEqualTo("user");
    }

    @Test
    @Order(4)
    void seriesPulseContributorsMetricsAndBadgesShowTheRecordedCounts() {
        for (Map.Entry<String, List<List<Item>>> e : Map.of(GITLAB, List.of(GITLAB_ISSUES, GITLAB_MERGE_REQUESTS),
                GITEE, List.of(GITEE_ISSUES, GITEE_PULLS)).entrySet()) {
            String project = e.getKey();
            List<Item> issues = e.getValue().get(0);
            List<Item> changes = e.getValue().get(1);
            assertThat(sum(project, "issues_opened")).as(project).isEqualTo(issues.size());
            assertThat(sum(project, "issues_closed")).as(project).isEqualTo(count(issues, i -> i.closed() != null));
            assertThat(sum(project, "prs_opened")).as(project).isEqualTo(changes.size());
            assertThat(sum(project, "prs_merged")).as(project).isEqualTo(count(changes, c -> c.merged() != null));

            JsonPath pulse = given().when().get(project + "/pulse?period=P365D").then().statusCode(200).extract().jsonPath();
            assertThat(pulse.getLong("issuesOpened")).as(project).isEqualTo(count(issues, i -> inYear(i.created())));
            assertThat(pulse.getLong("prsOpened")).as(project).isEqualTo(count(changes, c -> inYear(c.created())));
            assertThat(pulse.getLong("prsMerged")).as(project).isEqualTo(count(changes, c -> inYear(c.merged())));

            // the badge shows the card's maturity, rounded
            long maturity = Math.round(scores(project).getDouble("maturity.score"));
            assertThat(given().when().get(project + "/badge/maturity.svg").then().statusCode(200).extract().asString())
                    .as(project).contains("aria-label=\"maturity: " + maturity + "\"");
        }
        // One scripted commit each (the mirrors): its author is the one contributor.
        assertThat(given().when().get(GITLAB + "/contributors").then().statusCode(200).extract().jsonPath()
                .getList("name")).containsExactly("Emilie Schario");
        assertThat(given().when().get(GITEE + "/contributors").then().statusCode(200).extract().jsonPath()
                .getList("name")).containsExactly("kit101");

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics)
                .contains(gauge("forgepulse_issues_opened_total", "gitlab:" + RecordedGitLab.PROJECT, GITLAB_ISSUES.size()))
                .contains(gauge("forgepulse_prs_merged_total", "gitlab:" + RecordedGitLab.PROJECT,
                        count(GITLAB_MERGE_REQUESTS, m -> m.merged() != null)))
                .contains(gauge("forgepulse_issues_closed_total", "gitee:" + RecordedGitee.REPO,
                        count(GITEE_ISSUES, i -> i.closed() != null)))
                .contains(gauge("forgepulse_prs_opened_total", "gitee:" + RecordedGitee.REPO, GITEE_PULLS.size()))
                .contains("forgepulse_forge_requests_total{forge=\"gitlab\",status=\"200\"}")
                .contains("forgepulse_forge_requests_total{forge=\"gitee\",status=\"200\"}")
                .contains("forgepulse_forge_rate_limit_remaining{forge=\"gitlab\"} " + RecordedGitLab.RATE_LIMIT_REMAINING);
    }

    private static String gauge(String name, String project, long value) {
        return name + "{project=\"" + project + "\"} " + value + ".0";
    }

    /** The sum of a monthly series from the beginning: every stored event of that kind up to now. */
    private static long sum(String project, String metric) {
        List<Float> values = given().when().get(project + "/series?metric=" + metric + "&bucket=month").then()
                .statusCode(200).extract().jsonPath().getList("value", Float.class);
        return Math.round(values.stream().mapToDouble(Float::doubleValue).sum());
    }

    @Test
    @Order(5)
    void theComparisonRanksBothForgesOnTheirOwnCards() {
        JsonPath compare = given().when().get("/api/v1/compare?project=gitlab:" + RecordedGitLab.PROJECT
                + "&project=gitee:" + RecordedGitee.REPO).then().statusCode(200).extract().jsonPath();

        assertThat(compare.getList("ranked.project")).containsExactlyInAnyOrder("gitlab:" + RecordedGitLab.PROJECT,
                "gitee:" + RecordedGitee.REPO);
        assertThat(compare.getList("pending")).isEmpty();
        for (String project : List.of("gitlab:" + RecordedGitLab.PROJECT, "gitee:" + RecordedGitee.REPO)) {
            String path = project.startsWith("gitlab:") ? GITLAB : GITEE;
            assertThat(compare.getString("ranked.find { it.project == '" + project
                    + "' }.criteria.find { it.id == 'ACT.CLOSE' }.evidence"))
                    .isEqualTo(leaf(scores(path), "ACT.CLOSE", "evidence"));
        }
    }

    @Inject
    HistoryLoader loader;

    @Inject
    WindowedHistory windowed;

    @Inject
    io.forgepulse.scoring.ScoringRules rules;

    @Test
    @Order(5)
    void theCardsFromTheWindowsAreTheCardsFromTheWholeRecordings() {
        for (TrackedProject project : List.of(GitLabGiteeProjectsResource.gitlab, GitLabGiteeProjectsResource.gitee)) {
            WindowedOracle.assertSameCards(loader, windowed, project.id(), rules);
        }
    }

    @Test
    @Order(6)
    void anUnchangedSecondHarvestStoresNothingAndGitLabAnswersOnly304() {
        String before = given().when().get("/q/metrics").then().extract().asString();

        for (TrackedProject project : List.of(GitLabGiteeProjectsResource.gitlab, GitLabGiteeProjectsResource.gitee)) {
            HarvestRun run = harvest(project);

            assertThat(run.outcome()).as(project.id().value() + ": " + run.message()).isEqualTo(HarvestRun.SUCCESS);
            assertThat(run.written().total()).as(project.id().value()).isZero();
        }
        String after = given().when().get("/q/metrics").then().extract().asString();
        // gitlab.com sends ETags (the danger-js recording): only 304s. Gitee's recorded answers carry no validator, so
        // there the same requests are 200s that store nothing (the stubs' own ETags are not counted on here).
        assertThat(requests(after, "gitlab", "200")).as("no full GitLab answer").isEqualTo(requests(before, "gitlab", "200"));
        assertThat(requests(after, "gitlab", "304")).isGreaterThan(requests(before, "gitlab", "304"));
    }

    /** A forge's requests of one status so far, as /q/metrics says (0 before the first). */
    private static double requests(String metrics, String forge, String status) {
        String prefix = "forgepulse_forge_requests_total{forge=\"" + forge + "\",status=\"" + status + "\"} ";
        return metrics.lines().filter(l -> l.startsWith(prefix)).mapToDouble(l -> Double.parseDouble(l.substring(prefix.length())))
                .findFirst().orElse(0);
    }
}
