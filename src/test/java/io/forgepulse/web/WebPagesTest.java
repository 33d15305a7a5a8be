package io.forgepulse.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.pipeline.HarvestScheduler;
import io.forgepulse.testing.WebPagesResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The pages as HTML (no browser): what they show equals the API's answers, in English and Chinese. */
@QuarkusTest
@TestProfile(WebPagesResource.Profile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPagesTest {

    @Inject
    HarvestScheduler scheduler;

    @BeforeAll
    void harvestOnce() {
        scheduler.harvestAll();
    }

    @Test
    void homeListsEveryProjectWithTheApisScores() {
        String html = given().when().get("/").then().statusCode(200).contentType("text/html").extract().asString();
        JsonPath api = given().when().get("/api/v1/projects").then().extract().jsonPath();
        for (String id : api.getList("id", String.class)) {
            assertThat(html).contains("data-project=\"" + id + "\"");
        }
        double maturity = api.getDouble("find { it.id == 'git:sample' }.scores.maturity");
        assertThat(html).contains(String.format(Locale.ROOT, "%.1f", maturity));
        assertThat(html).contains("o-failure");
    }

    @Test
    void projectPageShowsLeafNamesAndScores() {
        String html = given().when().get("/projects/git/sample").then().statusCode(200).extract().asString();
        assertThat(html).contains("Clear license").contains("GOV.LICENSE").contains("chart-commits");
    }

    @Test
    void chineseByAcceptLanguage() {
        String html = given().header("Accept-Language", "zh-CN,zh;q=0.9").when().get("/projects/git/sample").then()
                .statusCode(200).extract().asString();
        assertThat(html).contains("lang=\"zh-CN\"").contains("评分卡").contains("清晰的许可证");
    }

    @Test
    void unknownProjectIsA404Page() {
        String html = given().when().get("/projects/git/nope").then().statusCode(404).contentType("text/html")
                .extract().asString();
        assertThat(html).contains("Unknown project").contains("git:nope");
    }

    @Test
    void failedFirstHarvestShowsTheReason() {
        String message = given().when().get("/api/v1/projects/git/broken").then().extract().path("lastHarvest.message");
        String html = given().when().get("/projects/git/broken").then().statusCode(200).extract().asString();
        assertThat(html).contains("data-kind=\"failed\"").contains(message.replace("…", "…"));
    }

    @Test
    void compareRanksAsTheApi() {
        String html = given().when().get("/compare?project=git:alpha&project=git:beta").then().statusCode(200)
                .extract().asString();
        assertThat(html).contains("id=\"qsos\"").contains("export-csv");
    }
}
