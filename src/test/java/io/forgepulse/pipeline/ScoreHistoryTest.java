package io.forgepulse.pipeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.Criterion;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.ScoreCard;
import io.forgepulse.scoring.ScoreCardCalculator;
import io.forgepulse.scoring.ScoringRules;
import io.forgepulse.store.HarvestRun;
import io.forgepulse.store.ProjectStore;
import io.forgepulse.store.ScoreCardStore;
import io.forgepulse.store.StoredProject;
import io.forgepulse.testing.DecadeProject;
import io.forgepulse.testing.DecadeProjectResource;
import io.forgepulse.testing.SampleProject;
import io.forgepulse.testing.ScriptedRepo;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Score history of a freshly tracked ten-year-old repository: after its first harvest, a month-end card for every
 * month since the first commit, each equal to the card of the repository as it stood then (an independent clone
 * reset to the last commit before the month's end, harvested as a project of its own), and the present card as if no
 * history had been computed.
 */
@QuarkusTest
@QuarkusTestResource(value = DecadeProjectResource.class, restrictToAnnotatedClass = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScoreHistoryTest {

    private static final ProjectId DECADE = ProjectId.parse("git:decade");
    private static final Instant NOW = Instant.parse(SampleProject.NOW);

    @Inject
    HarvestScheduler scheduler;

    @Inject
    HarvestStep harvests;

    @Inject
    MonthEndScoring monthEnds;

    @Inject
    StartupRescoring rescoring;

    @Inject
    ProjectStore projects;

    @Inject
    ScoreCardStore cards;

    @Inject
    HistoryLoader loader;

    @Inject
    WindowedHistory windowed;

    @Inject
    ScoringRules rules;

    @BeforeAll
    void harvestOnce() throws Exception {
        rescoring.finished().get(1, TimeUnit.MINUTES);
        scheduler.harvestAll();
        assertThat(monthEnds.awaitIdle(Duration.ofMinutes(3))).as("the score history is computed").isTrue();
    }

    @Test
    void everyMonthSinceTheFirstCommitHasAnActivityScore() {
        JsonPath series = given().queryParam("metric", "score_activity").queryParam("bucket", "month")
                .when().get("/api/v1/projects/git/decade/series").then().statusCode(200).extract().jsonPath();

        List<String> expected = new ArrayList<>();
        for (YearMonth m = DecadeProject.FIRST; !m.isAfter(YearMonth.from(LocalDate.parse("2026-06-30"))); m = m.plusMonths(1)) {
            expected.add(m.atDay(1).toString());
        }
        assertThat(expected).hasSize(120);
        assertThat(series.getList("start", String.class)).containsExactlyElementsOf(expected);
        assertThat(series.getList("value", Float.class)).doesNotContainNull();
        // The current month is today's card, the present one.
        double present = given().when().get("/api/v1/projects/git/decade/scores").then().statusCode(200)
                .extract().jsonPath().getDouble("activity.score");
        assertThat(series.getDouble("value[119]")).isCloseTo(present, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void aMonthEndCardEqualsTheCardOfTheRepositoryAsItStoodThen() throws Exception {
        // Before the LICENSE, during the pause, and after the docs and tests appeared.
        for (YearMonth month : List.of(YearMonth.of(2019, 12), YearMonth.of(2019, 6), YearMonth.of(2024, 10))) {
            Instant end = month.plusMonths(1).atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
            ScoreCard stored = cards.historical(DECADE, ScoreCardCalculator.RULESET, month.atEndOfMonth()).orElseThrow();
            ScoreCard then = ScoreCardCalculator.calculate(loader.history(truncatedClone(month, end)), end, rules);

            assertThat(stored.computedAt()).isEqualTo(end);
            assertThat(stored.activity()).as("activity at the end of %s", month).isEqualTo(then.activity());
            assertThat(stored.diversity()).as("diversity at the end of %s", month).isEqualTo(then.diversity());
            assertThat(stored.maturity()).as("maturity at the end of %s", month).isEqualTo(then.maturity());
            assertThat(stored.level()).isEqualTo(then.level());
            assertThat(scores(stored)).as("criteria at the end of %s", month).isEqualTo(scores(then));
        }
    }

    @Test
    void aPastCardReadsTheFilesOfItsOwnTree() {
        LocalDate beforeLicense = DecadeProject.LICENSED.minusMonths(1).atEndOfMonth();
        LocalDate withLicense = DecadeProject.LICENSED.atEndOfMonth();

        assertThat(criterion(beforeLicense, "GOV.LICENSE").score()).isEqualTo(0.0);
        assertThat(criterion(withLicense, "GOV.LICENSE").score()).isEqualTo(2.0);
        assertThat(criterion(withLicense, "IND.QA").score()).as("tests and CI came in 2023").isEqualTo(0.0);
    }

    @Test
    void theCardFromTheWindowsIsTheCardFromTheWholeDecade() {
        WindowedOracle.assertSameCards(loader, windowed, DECADE, rules);
    }

    @Test
    void thePresentCardIsTheOneOfNowAsIfNoHistoryWereComputed() {
        ScoreCard present = cards.latest(DECADE).orElseThrow();
        ScoreCard independent = ScoreCardCalculator.calculate(loader.history(DECADE), NOW, rules);

        assertThat(present.computedAt()).isEqualTo(NOW);
        assertThat(present.activity()).isEqualTo(independent.activity());
        assertThat(present.maturity()).isEqualTo(independent.maturity());
        assertThat(scores(present)).isEqualTo(scores(independent));
        given().when().get("/api/v1/projects/git/decade/scores").then().statusCode(200)
                .body("computedAt", org.hamcrest.Matchers.equalTo(SampleProject.NOW));
    }

    @Test
    void progressIsVisibleAndNothingIsLeftPending() {
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("(?m)^forgepulse_score_history_pending (\\S+)").matcher(metrics);
        assertThat(m.find()).as("the score history gauge").isTrue();
        assertThat(Double.parseDouble(m.group(1))).isZero();
    }

    @Test
    void aHarvestWithNothingNewComputesNoMonthEndCard() throws Exception {
        List<LocalDate> before = cards.history(DECADE, ScoreCardCalculator.RULESET, LocalDate.of(2000, 1, 1),
                LocalDate.of(2100, 1, 1)).stream().map(p -> p.day()).toList();
        int stored = monthEnds.backfill(DECADE);

        assertThat(stored).isZero();
        assertThat(cards.history(DECADE, ScoreCardCalculator.RULESET, LocalDate.of(2000, 1, 1),
                LocalDate.of(2100, 1, 1)).stream().map(p -> p.day()).toList()).isEqualTo(before);
    }

    /**
     * A commit harvested today but authored in 2025-03 (a long-lived branch, a rebase) makes the month ends after it
     * stale: they are computed again and count it; the month ends before it are left alone.
     */
    @Test
    void aLateCommitDatedInThePastRecomputesTheMonthEndsAfterIt() throws Exception {
        LocalDate before = LocalDate.parse("2025-02-28");
        LocalDate after = LocalDate.parse("2025-03-31");
        ScoreCard untouched = cards.historical(DECADE, ScoreCardCalculator.RULESET, before).orElseThrow();
        double commitsThen = cards.historical(DECADE, ScoreCardCalculator.RULESET, after).orElseThrow()
                .measures().get("commits_365d");
        ScriptedRepo repo = DecadeProjectResource.repo();
        repo.write("src/main/Late.java", "class Late {}\n");
        repo.commit("Late work", new ScriptedRepo.Who("Ann Lee", "ann@acme-corp.com"), "2025-03-10T10:00:00Z",
                new ScriptedRepo.Who("Ann Lee", "ann@acme-corp.com"), "2026-06-29T10:00:00Z");

        assertThat(harvests.harvest(projects.find(DECADE).orElseThrow()).written().commits()).isEqualTo(1);
        assertThat(monthEnds.awaitIdle(Duration.ofMinutes(2))).isTrue();

        assertThat(cards.historical(DECADE, ScoreCardCalculator.RULESET, after).orElseThrow().measures())
                .containsEntry("commits_365d", commitsThen + 1);
        assertThat(cards.historical(DECADE, ScoreCardCalculator.RULESET, before).orElseThrow()).isEqualTo(untouched);
    }

    private List<String> scores(ScoreCard card) {
        return card.criteria().stream().map(c -> c.id() + "=" + c.score() + " " + c.value()).sorted().toList();
    }

    private Criterion criterion(LocalDate day, String id) {
        return cards.historical(DECADE, ScoreCardCalculator.RULESET, day).orElseThrow().criteria().stream()
                .filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * A clone of the repository reset to the last commit before {@code end} (git's own {@code rev-list --before}), its
     * tags after {@code end} deleted, harvested as a project of its own: the repository as it stood then.
     */
    private ProjectId truncatedClone(YearMonth month, Instant end) {
        Path dir = DecadeProjectResource.root().resolve("then-" + month);
        ProjectId id = ProjectId.parse("git:then-" + month);
        ScriptedRepo source = DecadeProjectResource.repo();
        String last = source.git("rev-list", "-1", "--first-parent", "--before=" + end.getEpochSecond(), "HEAD").strip();
        source.git("clone", "-q", source.dir().toString(), dir.toString());
        ScriptedRepo then = ScriptedRepo.open(dir);
        then.git("reset", "-q", "--hard", last);
        then.git("remote", "remove", "origin");
        for (String tag : then.lines("tag", "--list")) {
            String date = then.git("log", "-1", "--format=%ct", tag).strip();
            if (Long.parseLong(date) >= end.getEpochSecond()) {
                then.git("tag", "-d", tag);
            }
        }
        projects.track(id, dir.toString(), StoredProject.ORIGIN_API, NOW);
        assertThat(harvests.harvest(projects.find(id).orElseThrow()).outcome()).isEqualTo(HarvestRun.SUCCESS);
        return id;
    }
}
