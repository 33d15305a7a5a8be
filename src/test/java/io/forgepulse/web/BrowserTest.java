package io.forgepulse.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.domain.ProjectId;
import io.forgepulse.pipeline.HarvestScheduler;
import io.forgepulse.pipeline.ProjectRegistry;
import io.forgepulse.store.EventsWritten;
import io.forgepulse.store.HarvestRun;
import io.forgepulse.store.HarvestRunStore;
import io.forgepulse.testing.WebPagesResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser (headless chromium): what a person would check. The numbers equal the API's, the charts
 * drew the API's series, the comparison ranks as {@code /api/v1/compare}, the language switch works and is
 * remembered, a harvest's progress moves without a reload, and no page logs a console error. Screenshots of every
 * page at desktop and phone width go to {@code target/screenshots}.
 */
@QuarkusTest
@TestProfile(WebPagesResource.Profile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    HarvestScheduler scheduler;

    @Inject
    ProjectRegistry registry;

    @Inject
    HarvestRunStore runs;

    private Browser browser;

    @BeforeAll
    void start() {
        if (!Browser.installed()) {
            // CI installs chromium (.ci/browser.sh), so there a missing browser is a failure, not a skip.
            assertThat(System.getenv("CI")).as("CI must have chromium and chromium-driver (.ci/browser.sh)").isNull();
            Assumptions.abort("browser tests skipped: no " + Browser.CHROMIUM + " and " + Browser.DRIVER
                    + " here (apt-get install chromium chromium-driver, or run .ci/browser.sh)");
        }
        scheduler.harvestAll();
        browser = Browser.start();
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    private void open(String path) {
        browser.driver.get(base.toString().replaceAll("/$", "") + path);
    }

    private WebElement find(String css) {
        return browser.driver.findElement(By.cssSelector(css));
    }

    private void noConsoleErrors() {
        assertThat(browser.consoleErrors()).as("console errors").isEmpty();
    }

    private static String oneDecimal(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    @Test
    void homeShowsTheApisScoresAndTheFailure() {
        open("/?lang=en");
        JsonPath api = given().get("/api/v1/projects").then().extract().jsonPath();
        for (String id : List.of("git:sample", "git:alpha", "git:beta")) {
            WebElement row = find("tr[data-project='" + id + "']");
            for (String score : List.of("activity", "diversity", "maturity")) {
                assertThat(row.findElement(By.cssSelector("[data-score='" + score + "']")).getText())
                        .as(id + " " + score)
                        .isEqualTo(oneDecimal(api.getDouble("find { it.id == '" + id + "' }.scores." + score)));
            }
        }
        WebElement broken = find("tr[data-project='git:broken']");
        assertThat(broken.getAttribute("class")).contains("failed");
        assertThat(broken.getText()).contains("failed")
                .contains(api.getString("find { it.id == 'git:broken' }.lastHarvest.message"));
        noConsoleErrors();
        browser.screenshots("home");
    }

    @Test
    void homeFiltersAndSorts() {
        open("/?lang=en");
        find("#filter").sendKeys("a");
        find("#sort").sendKeys("maturity");
        find("form.filters button").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("sort=maturity"));
        List<String> shown = browser.driver.findElements(By.cssSelector("#projects tbody tr")).stream()
                .map(r -> r.getAttribute("data-project")).toList();
        JsonPath api = given().get("/api/v1/projects").then().extract().jsonPath();
        List<Map<String, Object>> expected = new ArrayList<>(api.getList("findAll { it.id.contains('a') }"));
        expected.sort((a, b) -> {
            Double x = maturity(a);
            Double y = maturity(b);
            int c = x == null ? (y == null ? 0 : 1) : y == null ? -1 : Double.compare(y, x);
            return c != 0 ? c : ((String) a.get("id")).compareTo((String) b.get("id"));
        });
        assertThat(shown).containsExactlyElementsOf(expected.stream().map(m -> (String) m.get("id")).toList());
        noConsoleErrors();
    }

    @SuppressWarnings("unchecked")
    private static Double maturity(Map<String, Object> project) {
        Map<String, Object> scores = (Map<String, Object>) project.get("scores");
        return scores == null || scores.get("maturity") == null ? null : ((Number) scores.get("maturity")).doubleValue();
    }

    @Test
    void projectPageShowsTheApisCardChartsAndPulse() {
        open("/projects/git/sample?lang=en");
        JsonPath card = given().get("/api/v1/projects/git/sample/scores").then().extract().jsonPath();
        assertThat(find("#score-activity").getText()).isEqualTo(oneDecimal(card.getDouble("activity.score")));
        assertThat(find("#score-diversity").getText()).isEqualTo(oneDecimal(card.getDouble("diversity.score")));
        assertThat(find("#score-maturity").getText()).isEqualTo(oneDecimal(card.getDouble("maturity.score")));
        List<Map<String, Object>> leaves = card.getList("maturity.criteria");
        for (Map<String, Object> leaf : leaves) {
            WebElement row = find("tr[data-leaf='" + leaf.get("id") + "']");
            assertThat(row.getText()).as("leaf " + leaf.get("id")).contains((String) leaf.get("name"));
            Object score = leaf.get("score");
            assertThat(row.findElement(By.cssSelector("td.cell")).getText()).as("score of " + leaf.get("id"))
                    .isEqualTo(score == null ? "unknown" : score.toString());
        }
        // The commits chart drew the API's monthly series, point for point.
        List<Float> commits = given().get("/api/v1/projects/git/sample/series?metric=commits&bucket=month").then()
                .extract().jsonPath().getList("value", Float.class);
        assertThat(commits).isNotEmpty();
        List<Object> drawn = (List<Object>) browser.driver.executeScript(
                "return window.forgepulseCharts['chart-commits'].data[1];");
        assertThat(drawn.stream().map(v -> ((Number) v).floatValue()).toList()).isEqualTo(commits);
        assertThat(find("#chart-commits canvas").getSize().getWidth()).isPositive();
        Long series = (Long) browser.driver.executeScript(
                "return window.forgepulseCharts['chart-scores'].series.length;");
        assertThat(series).isEqualTo(4L); // x and the three scores
        int pulse30 = given().get("/api/v1/projects/git/sample/pulse?period=P30D").then().extract().path("commits");
        assertThat(find("#pulse30-commits").getText()).isEqualTo(String.valueOf(pulse30));
        // The advice is in the API's order, biggest gain first.
        List<String> advice = given().get("/api/v1/projects/git/sample/advice").then().extract().jsonPath()
                .getList("steps.leaf", String.class);
        assertThat(browser.driver.findElements(By.cssSelector("ol.advice li")).stream()
                .map(li -> li.getAttribute("data-leaf")).toList()).isEqualTo(advice);
        assertThat(find("input[data-badge='maturity']").getAttribute("value"))
                .startsWith("[![maturity](").contains("/api/v1/projects/git/sample/badge/maturity.svg");
        noConsoleErrors();
        browser.screenshots("project");
        browser.screenshot("project-first-screen", new org.openqa.selenium.Dimension(1280, 1800));
    }

    @Test
    void compareRanksAsTheApi() {
        open("/compare?lang=en");
        assertThat(browser.driver.findElements(By.id("track-another"))).as("four projects are tracked").isEmpty();
        find("input[name='project'][value='git:sample']").click();
        find("#compare-submit").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("one-candidate")).isEmpty());
        assertThat(find("#one-candidate").getText()).contains("tick another tracked project");
        browser.screenshots("compare-one");
        noConsoleErrors();
        open("/compare?lang=en");
        for (String id : List.of("git:alpha", "git:beta", "git:sample")) {
            find("input[name='project'][value='" + id + "']").click();
        }
        find("#compare-submit").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> !d.findElements(By.id("qsos")).isEmpty());
        JsonPath api = compare("loose");
        List<String> order = api.getList("ranked.project", String.class);
        assertThat(order).hasSize(3);
        assertThat(columns()).isEqualTo(order);
        assertThat(browser.driver.findElements(By.cssSelector("#qsos td.rank")).stream().map(WebElement::getText)
                .toList()).isEqualTo(api.getList("ranked.rank", Integer.class).stream().map(String::valueOf).toList());
        String csv = given().urlEncodingEnabled(false).get(find("#export-csv").getAttribute("href")).then().statusCode(200).extract().asString();
        assertThat(csv.lines().skip(1).map(l -> l.split(",")[1]).toList()).isEqualTo(order);
        String md = given().urlEncodingEnabled(false).get(find("#export-md").getAttribute("href")).then().statusCode(200).extract().asString();
        assertThat(md).contains("| 1 | " + order.get(0) + " |");
        noConsoleErrors();
        browser.screenshots("compare");

        // Strict selection drops the candidates with gaps and says which leaves are short.
        find("input[name='selection'][value='strict']").click();
        find("#compare-submit").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("strict"));
        JsonPath strict = compare("strict");
        List<String> expected = new ArrayList<>(strict.getList("ranked.project", String.class));
        List<String> excluded = strict.getList("excluded.project", String.class);
        expected.addAll(excluded);
        assertThat(columns()).isEqualTo(expected);
        for (String id : excluded) {
            String firstGap = strict.getString("excluded.find { it.project == '" + id + "' }.gaps[0].leaf");
            assertThat(find("#excluded li[data-project='" + id + "']").getText()).contains(firstGap);
        }
        noConsoleErrors();
        browser.screenshots("compare-strict");
    }

    private JsonPath compare(String selection) {
        return given().accept("application/json")
                .get("/api/v1/compare?project=git:alpha&project=git:beta&project=git:sample&selection=" + selection)
                .then().statusCode(200).extract().jsonPath();
    }

    private List<String> columns() {
        return browser.driver.findElements(By.cssSelector("#qsos thead th[data-project]")).stream()
                .map(th -> th.getAttribute("data-project")).toList();
    }

    @Test
    void languageSwitchIsRemembered() {
        open("/projects/git/sample?lang=en");
        assertThat(find("html").getAttribute("lang")).isEqualTo("en");
        find("#lang-switch").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> "zh-CN".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        assertThat(find("#card h2").getText()).isEqualTo("评分卡");
        assertThat(find("tr[data-leaf='GOV.LICENSE'] th").getText()).contains("清晰的许可证");
        browser.screenshots("project-zh");
        open("/compare"); // no lang parameter: the cookie remembers the choice
        assertThat(find("html").getAttribute("lang")).isEqualTo("zh-CN");
        assertThat(find("h1").getText()).isEqualTo("对比");
        find("#lang-switch").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10))
                .until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
        open("/");
        assertThat(find("h1").getText()).isEqualTo("Projects");
        noConsoleErrors();
    }

    @Test
    void statusPagesSayWhyThereAreNoScores() {
        open("/projects/git/nope?lang=en");
        assertThat(find("#status").getAttribute("data-kind")).isEqualTo("unknown");
        assertThat(find("main").getText()).contains("git:nope is not tracked");
        // The 404 of the page itself is the one console error expected here.
        assertThat(browser.consoleErrors()).allMatch(e -> e.contains("404"));
        browser.screenshots("unknown");

        open("/projects/git/broken?lang=en");
        assertThat(find("#status").getAttribute("data-kind")).isEqualTo("failed");
        String reason = given().get("/api/v1/projects/git/broken").then().extract().path("lastHarvest.message");
        assertThat(find("main").getText()).contains(reason);
        noConsoleErrors();
        browser.screenshots("failed");
    }

    @Test
    void progressMovesWithoutAReload() {
        ProjectId slow = ProjectId.parse("git:slow");
        registry.track(slow, WebPagesResource.root().resolve("sample").toString()); // not harvested: the run is scripted
        long run = runs.start(slow, Instant.now(), "browser-test");
        try {
            runs.progress(run, new EventsWritten(120, 0, 0, 0, 0, 0));
            assertThat(given().get("/api/v1/projects/git/slow").then().extract().<Integer>path("progress.itemsStored"))
                    .isEqualTo(120);
            open("/projects/git/slow?lang=en");
            assertThat(find("#status").getAttribute("data-kind")).isEqualTo("harvesting");
            assertThat(find(".progress-text").getText()).contains("120 items stored so far");
            browser.screenshots("harvesting");
            open("/?lang=en");
            WebElement row = find("tr[data-project='git:slow']");
            assertThat(row.findElement(By.cssSelector(".progress-text")).getText()).contains("120");
            browser.driver.executeScript("document.body.dataset.sameDocument = 'yes';");
            runs.progress(run, new EventsWritten(250, 3, 0, 0, 0, 0));
            new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> d.findElement(
                    By.cssSelector("tr[data-project='git:slow'] .progress-text")).getText().contains("253"));
            assertThat(browser.driver.executeScript("return document.body.dataset.sameDocument;")).isEqualTo("yes");
            noConsoleErrors();

            // The source said how many: "N of M" with the time left at the pace so far, live and in both languages.
            runs.expect(run, 1000);
            Map<String, Object> p = given().get("/api/v1/projects/git/slow").then().extract().path("progress");
            assertThat(p).containsEntry("itemsStored", 253).containsEntry("itemsTotal", 1000);
            long elapsed = ((Number) p.get("elapsedSeconds")).longValue();
            assertThat(((Number) p.get("etaSeconds")).longValue()).isEqualTo(Math.round(elapsed * 747.0 / 253));
            new WebDriverWait(browser.driver, Duration.ofSeconds(15)).until(d -> d.findElement(
                    By.cssSelector("tr[data-project='git:slow'] .progress-text")).getText()
                    .matches("253 of 1000 items stored, about \\d+ (s|min|h) left"));
            WebElement bar = find("tr[data-project='git:slow'] progress");
            assertThat(bar.getAttribute("max")).isEqualTo("1000");
            assertThat(bar.getAttribute("value")).isEqualTo("253");
            assertThat(browser.driver.executeScript("return document.body.dataset.sameDocument;")).isEqualTo("yes");
            open("/projects/git/slow?lang=zh-CN");
            assertThat(find(".progress-text").getText()).matches("已存储 253 / 1000 条，预计还需约 \\d+ (秒|分钟|小时) · 已运行 \\d+ 秒");
            browser.screenshots("harvesting-total");
            noConsoleErrors();
            open("/?lang=en"); // the cookie back to English for the tests after this one
        } finally {
            runs.finish(run, HarvestRun.FAILURE, Instant.now(), Duration.ofSeconds(1), EventsWritten.NONE, "stopped");
            registry.untrack(slow);
        }
    }
}
