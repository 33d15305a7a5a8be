package io.forgepulse.pipeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.forge.github.RecordedGitHub;
import io.forgepulse.store.EventStore;
import io.forgepulse.store.HarvestRun;
import io.forgepulse.store.HarvestRunStore;
import io.forgepulse.store.ProjectStore;
import io.forgepulse.store.StoredProject;
import java.time.Instant;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** A {@code github:} project through the whole pipeline: harvest runs, stored events, scores and forge metrics. */
@QuarkusTest
@QuarkusTestResource(value = GitHubProjectResource.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GitHubHarvestTest {

    private static final ProjectId ANTS = ProjectId.parse("github:" + RecordedGitHub.REPO);

    @Inject
    HarvestRunStore runs;

    @Inject
    EventStore events;

    @Inject
    ProjectStore projects;

    @Inject
    HarvestStep harvests;

    @Inject
    MonthEndScoring monthEnds;

    @Inject
    io.forgepulse.store.ScoreCardStore cards;

    @Inject
    org.jdbi.v3.core.Jdbi jdbi;

    private HarvestRun harvest() {
        // Tracked as configuration would (with a location override), which the REST API does not allow for forges.
        projects.track(ANTS, GitHubProjectResource.location, StoredProject.ORIGIN_CONFIG, Instant.now());
        harvests.harvest(projects.find(ANTS).orElseThrow());
        return runs.latest(ANTS).orElseThrow();
    }

    @Inject
    HistoryLoader loader;

    @Inject
    WindowedHistory windowed;

    @Inject
    io.forgepulse.scoring.ScoringRules rules;

    @Test
    @Order(10)
    void theCardFromTheWindowsIsTheCardFromTheWholeRecording() {
        WindowedOracle.assertSameCards(loader, windowed, ANTS, rules);
    }

    @Test
    @Order(1)
    void firstHarvestStoresTheRecordedProject() {
        HarvestRun run = harvest();

        assertThat(run.outcome()).as(run.message()).isEqualTo(HarvestRun.SUCCESS);
        List<JsonNode> items = RecordedGitHub.items("issues.pages.json");
        assertThat(events.issues(ANTS).size() + events.changeRequests(ANTS).size()).isEqualTo(items.size());
        assertThat(events.comments(ANTS)).hasSize(RecordedGitHub.items("comments.pages.json").size());
        assertThat(events.commits(ANTS)).hasSize(1);
        io.restassured.path.json.JsonPath scores = given().when().get("/api/v1/projects/github/panjf2000/ants/scores")
                .then().statusCode(200).extract().jsonPath();
        // The leaves only a forge can fill are scored, not null as for plain git.
        for (String leaf : List.of("ACT.RESP", "ACT.CLOSE", "DIV.REVIEW", "LEG.POP", "GOV.OWNER", "IND.RELNOTES",
                "SEC.SIGNED", "IND.CONTRIB")) {
            assertThat(scores.getString("maturity.criteria.find { it.id == '" + leaf + "' }.score")).as(leaf).isNotNull();
        }
        // Nine pulls of the recording were merged in the year before 2019-09-01 (#13, 14, 15, 19, 23, 30, 39, 40, 41).
        assertThat(scores.getString("maturity.criteria.find { it.id == 'DIV.REVIEW' }.evidence")).startsWith("0 of 9 ");
        assertThat(scores.getInt("maturity.criteria.find { it.id == 'LEG.POP' }.value")).isEqualTo(727);
        assertThat(scores.getString("maturity.criteria.find { it.id == 'GOV.OWNER' }.value")).isEqualTo("organization");
        assertThat(scores.getFloat("activity.coverage")).isEqualTo(1.0f); // every signal has data (plain git: 0.78)
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("forgepulse_forge_requests_total{forge=\"github\",status=\"200\"}")
                .contains("forgepulse_forge_rate_limit_remaining{forge=\"github\"} " + RecordedGitHub.RATE_LIMIT_REMAINING)
                .contains("forgepulse_issues_opened_total{project=\"github:panjf2000/ants\"}");

        monthEndCardsReadTheMirrorsTreeAndTheIssuesAsTheyStood();
    }

    /**
     * The first commit is of 2018-05 and now 2019-09-01: a month-end card for 2018-05 to 2019-08. Each reads the files
     * of the mirror's tree then (the README: IND.DOC is scored, not "no snapshot"), counts the issues as they stood,
     * and leaves what the forge keeps no history of (stars, owner) unknown.
     */
    private void monthEndCardsReadTheMirrorsTreeAndTheIssuesAsTheyStood() {
        try {
            assertThat(monthEnds.awaitIdle(java.time.Duration.ofMinutes(2))).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        String ruleset = io.forgepulse.scoring.ScoreCardCalculator.RULESET;
        assertThat(cards.historicalDays(ANTS, ruleset)).hasSize(16);
        io.forgepulse.domain.ScoreCard june = cards.historical(ANTS, ruleset, java.time.LocalDate.parse("2019-06-30"))
                .orElseThrow();
        java.util.Map<String, Double> leaves = new java.util.HashMap<>();
        june.criteria().forEach(c -> leaves.put(c.id(), c.score()));
        assertThat(leaves).containsEntry("IND.DOC", 0.0).containsEntry("LEG.POP", null).containsEntry("GOV.OWNER", null);
        assertThat(june.computedAt()).isEqualTo(Instant.parse("2019-07-01T00:00:00Z"));
    }

    @Test
    @Order(2)
    void unchangedReharvestWritesNothingAndIsAnswered304() {
        HarvestRun run = harvest();

        assertThat(run.outcome()).isEqualTo(HarvestRun.SUCCESS);
        assertThat(run.written().total()).isZero();
        assertThat(given().when().get("/q/metrics").then().extract().asString())
                .contains("forgepulse_forge_requests_total{forge=\"github\",status=\"304\"}");
    }

    @Test
    @Order(3)
    void anOutageIsARecordedFailureAndTheNextHarvestSucceeds() {
        var outage = GitHubProjectResource.server.stubFor(com.github.tomakehurst.wiremock.client.WireMock
                .get(com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo(RecordedGitHub.COMMENTS)).atPriority(0)
                .willReturn(RecordedGitHub.recordedAnswer(503, "{\"message\":\"Service Unavailable\"}")));
        int comments = events.comments(ANTS).size();

        HarvestRun failed = harvest();

        assertThat(failed.outcome()).isEqualTo(HarvestRun.FAILURE);
        assertThat(failed.message()).contains("503");
        assertThat(events.comments(ANTS)).hasSize(comments);
        given().when().get("/api/v1/projects/github/panjf2000/ants").then().statusCode(200);

        GitHubProjectResource.server.removeStub(outage);
        assertThat(harvest().outcome()).isEqualTo(HarvestRun.SUCCESS);
        assertThat(events.comments(ANTS)).hasSize(comments);
    }

    @Test
    @Order(4)
    void aReharvestWithNothingNewEndsInOneTransactionAndKeepsOneRowOfItsLatestCheck() {
        // The connector keeps no state: every harvest reads the streams, starts a running row and ends it. This one
        // leaves a check that stored nothing as the latest run, which each harvest below replaces.
        assertThat(harvest().written().total()).isZero();
        StoredProject project = projects.find(ANTS).orElseThrow();
        int rows = runs.recent(ANTS, 100).size();
        for (int i = 0; i < 3; i++) {
            CallerStatements end = CallerStatements.of(jdbi,
                    () -> assertThat(harvests.harvest(project).written().total()).isZero())
                    .from("UPDATE HARVEST_RUN SET FINISHED_AT");
            // The finish, the delete of the check it replaces, the prune and the listing version.
            assertThat(end.sql()).as("statements of the run's end").isNotEmpty().hasSizeLessThanOrEqualTo(4);
            assertThat(end.writeCommits()).as("commits of the run's end: %s", end.sql()).isEqualTo(1);
        }
        List<HarvestRun> recent = runs.recent(ANTS, 100);
        assertThat(recent).as("runs after 3 more harvests with nothing new").hasSize(rows);
        assertThat(recent.stream().takeWhile(r -> HarvestRun.SUCCESS.equals(r.outcome()) && r.written().total() == 0
                && r.message() == null)).as("the latest checks that stored nothing").hasSize(1);
        assertThat(runs.lastCheck(ANTS, HarvestStep.STATE_STREAM).latest()).as("the run the project points at")
                .map(HarvestRun::id).contains(recent.get(0).id());
    }
}
