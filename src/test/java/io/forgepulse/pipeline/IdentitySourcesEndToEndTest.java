package io.forgepulse.pipeline;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.testing.IdentitySourcesResource;
import io.forgepulse.testing.ScriptedRepo;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code .mailmap} and the operator identities file change who the people are, through the service: the
 * contributors, the people review and the bus factor, counted by hand from the repository's authors.
 */
@QuarkusTest
@QuarkusTestResource(value = IdentitySourcesResource.class, restrictToAnnotatedClass = true)
class IdentitySourcesEndToEndTest {

    private static final String PROJECT = "/api/v1/projects/git/aliases";

    @Inject
    HarvestScheduler scheduler;

    @Inject
    StartupRescoring rescoring;

    @Test
    void theMailmapAndTheIdentitiesFileDecideWhoIsOnePerson() throws Exception {
        // The start-up pass holds each project's harvest lock while it republishes: a harvest meanwhile is skipped.
        rescoring.finished().get(1, TimeUnit.MINUTES);
        scheduler.harvestAll();
        // By hand: Jane Doe 4 and jd 3 (one word: no name merge), Bob 3 + bobby 1 (the file merges them), Carol Chen
        // at two addresses (the file splits them): 5 people, 13 commits; Jane 4 + Bob 4 = 8 > 6.5, so bus factor 2.
        assertThat(contributors()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Jane Doe", 4, "jd", 3, "Bob Roe", 4, "Carol Chen", 1));
        assertThat(given().get(PROJECT + "/contributors").then().statusCode(200).extract().jsonPath()
                .getList("name")).hasSize(5);
        assertThat(busFactor()).isEqualTo(2.0);
        JsonPath review = given().queryParam("review", "true").get(PROJECT + "/people").then().statusCode(200)
                .extract().jsonPath();
        assertThat(review.getList("merges.findAll { it.name == 'Bob Roe' }.aliases.flatten()", String.class))
                .containsExactlyInAnyOrder("Bob Roe <bob@acme.com>", "bobby <bobby@gmail.com>");
        assertThat(review.getList("merges.findAll { it.name == 'Bob Roe' }.rules.flatten()", String.class))
                .containsExactly("identities file");
        assertThat(review.getList("merges.findAll { it.name == 'Carol Chen' }")).as("the file's split holds").isEmpty();

        // The maintainer commits a .mailmap naming jd's address as Jane's: the next harvest has 4 people, Jane 8 of
        // 14 commits (the .mailmap commit is hers), more than half alone: bus factor 1.
        ScriptedRepo repo = IdentitySourcesResource.repo();
        repo.write(".mailmap", "Jane Doe <jane@example.org> <jd@laptop.home>\n")
                .commit("Add a mailmap", new ScriptedRepo.Who("Jane Doe", "jane@example.org"), "2026-06-01T10:00:00Z");
        scheduler.harvestAll();
        assertThat(given().get(PROJECT + "/contributors").then().statusCode(200).extract().jsonPath()
                .getList("name")).hasSize(4);
        assertThat(contributors()).containsEntry("Jane Doe", 8).doesNotContainKey("jd");
        assertThat(busFactor()).isEqualTo(1.0);
    }

    private static Map<String, Integer> contributors() {
        List<Map<String, Object>> rows = given().get(PROJECT + "/contributors").then().statusCode(200).extract()
                .jsonPath().getList("$");
        Map<String, Integer> byName = new java.util.HashMap<>();
        rows.forEach(r -> byName.put((String) r.get("name"), (Integer) r.get("commits")));
        return byName;
    }

    private static double busFactor() {
        return given().get(PROJECT + "/scores").then().statusCode(200).extract().jsonPath()
                .getDouble("measures.bus_factor");
    }
}
