package io.forgepulse.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.forgepulse.pipeline.HarvestScheduler;
import io.forgepulse.testing.SampleProjectResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * git:broken points at no repository, so its first harvest fails: /scores and compare say so, with the run's public
 * message, instead of telling the reader to wait for a harvest that has already ended.
 */
@QuarkusTest
@QuarkusTestResource(value = SampleProjectResource.class, restrictToAnnotatedClass = true)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FailedFirstHarvestTest {

    @Inject
    HarvestScheduler scheduler;

    @BeforeAll
    void harvestOnce() {
        scheduler.harvestAll();
    }

    @Test
    void scoresSayTheFirstHarvestFailedAndWhy() {
        given().when().get("/api/v1/projects/git/broken/scores").then().statusCode(404)
                .body("detail", containsString("its first harvest failed: no directory at …"))
                .body("detail", not(containsString("has not finished")))
                // The public message only: the path on this host stays in the log.
                .body("detail", not(containsString("missing")));
    }

    @Test
    void compareSaysTheFirstHarvestFailedAndWhy() {
        given().when().get("/api/v1/compare?project=git:sample&project=git:broken").then().statusCode(200)
                .body("pending[0].project", equalTo("git:broken"))
                .body("pending[0].reason", containsString("its first harvest failed: no directory at …"))
                .body("pending[0].reason", not(containsString("has not finished")));
    }

    @Test
    void theMarkdownTableSaysItToo() {
        given().accept(CompareResource.MARKDOWN).when().get("/api/v1/compare?project=git:sample&project=git:broken")
                .then().statusCode(200)
                .body(containsString("its first harvest failed: no directory at …"));
    }
}
