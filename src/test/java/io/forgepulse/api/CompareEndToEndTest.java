package io.forgepulse.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.forgepulse.domain.ProjectId;
import io.forgepulse.pipeline.HarvestScheduler;
import io.forgepulse.pipeline.ProjectRegistry;
import io.forgepulse.scoring.SelectionProfile;
import io.forgepulse.testing.CandidateProjectsResource;
import io.forgepulse.testing.SampleProjectResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The comparison and the advice on three harvested candidates that differ only in SECURITY.md (beta lacks it) and
 * LICENSE (gamma lacks it), under the user profile {@code adoption-test} (GOV.LICENSE and IND.QA critical,
 * SEC.POLICY, IND.BUILD and IND.DOC relevant, everything else ignored).
 */
@QuarkusTest
@TestProfile(CandidateProjectsResource.Profile.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompareEndToEndTest {

    private static final String CANDIDATES = "/api/v1/compare?project=git:gamma&project=git:beta&project=git:alpha";

    @Inject
    HarvestScheduler scheduler;

    @Inject
    ProjectRegistry registry;

    @BeforeAll
    void harvestOnce() {
        scheduler.harvestAll();
    }

    private static JsonPath compare(String query) {
        return given().when().get(CANDIDATES + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void looseRanksTheCompleteCandidateFirstAndBreaksTheTieOnCriticalLeaves() {
        JsonPath r = compare("&profile=" + CandidateProjectsResource.PROFILE + "&selection=loose");

        assertThat(r.getList("ranked.project")).containsExactly("git:alpha", "git:beta", "git:gamma");
        assertThat(r.getList("ranked.rank")).containsExactly(1, 2, 3);
        // beta misses SEC.POLICY (weight 1 of the SEC axis), gamma GOV.LICENSE (weight 3 of 3 in GOV): the same
        // weighted score; beta has two critical leaves at 2 (GOV.LICENSE, IND.QA), gamma one.
        assertThat(r.getDouble("ranked[1].profileMaturity")).isEqualTo(r.getDouble("ranked[2].profileMaturity"));
        assertThat(r.getDouble("ranked[0].profileMaturity")).isGreaterThan(r.getDouble("ranked[1].profileMaturity"));
        assertThat(r.getList("ranked.criticalAtTwo")).containsExactly(2, 2, 1);
        assertThat(r.getList("ranked[0].gaps")).isEmpty();
        assertThat(r.getList("ranked[1].gaps.leaf")).containsExactly("SEC.POLICY");
        assertThat(r.getList("ranked[2].gaps", Map.class)).containsExactly(
                Map.of("leaf", "GOV.LICENSE", "relevance", "critical", "score", 0, "needed", 2));
        assertThat(r.getString("profile")).isEqualTo("adoption-test");
        assertThat(r.getString("selection")).isEqualTo("loose");
        // Activity and diversity are the same: the three share their commits.
        assertThat(r.getList("ranked.activity").stream().distinct()).hasSize(1);
        // Every leaf with its value and evidence, and the relevance the profile gave it.
        assertThat(r.getList("ranked[0].criteria.id", String.class))
                .containsExactlyElementsOf(SelectionProfile.leafIds());
        assertThat(r.getString("ranked[0].criteria.find { it.id == 'SEC.POLICY' }.evidence")).contains("SECURITY.md");
        assertThat(r.getString("ranked[0].criteria.find { it.id == 'LEG.AGE' }.relevance")).isEqualTo("ignore");
    }

    @Test
    void strictKeepsOnlyTheCandidateWithoutGapsAndSaysWhyTheOthersWentOut() {
        JsonPath r = compare("&profile=" + CandidateProjectsResource.PROFILE + "&selection=strict");

        assertThat(r.getList("ranked.project")).containsExactly("git:alpha");
        assertThat(r.getList("excluded.project")).containsExactly("git:beta", "git:gamma");
        assertThat(r.getList("excluded.rank")).containsOnlyNulls();
        assertThat(r.getList("excluded[1].gaps.leaf")).containsExactly("GOV.LICENSE");
    }

    @Test
    void anUntrackedCandidateIsNamedNotDropped() {
        JsonPath r = compare("&project=git:nope&profile=" + CandidateProjectsResource.PROFILE);

        assertThat(r.getList("ranked.project")).containsExactly("git:alpha", "git:beta", "git:gamma");
        assertThat(r.getList("untracked.project")).containsExactly("git:nope");
        assertThat(r.getString("untracked[0].reason")).contains("track=true");
    }

    @Test
    void trackingFromTheComparisonNeedsTheAdminTokenAndALocationForGit() {
        given().when().get(CANDIDATES + "&project=gitee:acme/lib&track=true").then().statusCode(401)
                .contentType("application/problem+json");

        JsonPath r = given().header("Authorization", "Bearer " + SampleProjectResource.ADMIN_TOKEN)
                .when().get(CANDIDATES + "&project=git:nope&project=gitee:acme/lib&track=true")
                .then().statusCode(200).extract().jsonPath();
        // Every forge is harvestable now: the Gitee candidate is tracked and pending its first harvest (which the test
        // profile points at a port nothing listens on); a git candidate cannot be tracked without its location.
        assertThat(r.getList("untracked.project")).containsExactly("git:nope");
        assertThat(r.getString("untracked[0].reason")).contains("needs a location").contains("POST");
        assertThat(r.getList("pending.project")).contains("gitee:acme/lib");
    }

    @Test
    void aTrackedCandidateWithoutAScoreCardIsPending() {
        registry.track(ProjectId.parse("git:delta"), CandidateProjectsResource.delta().toString());

        JsonPath r = compare("&project=git:delta");
        assertThat(r.getList("pending.project")).containsExactly("git:delta");
        assertThat(r.getList("ranked.project")).doesNotContain("git:delta");
        assertThat(r.getString("profile")).as("the default profile").isEqualTo("library-adoption");
    }

    @Test
    void theMarkdownFormIsATableToPaste() {
        String md = given().accept("text/markdown").when()
                .get(CANDIDATES + "&project=git:nope&profile=" + CandidateProjectsResource.PROFILE + "&selection=strict")
                .then().statusCode(200).contentType(containsString("text/markdown")).extract().asString();

        assertThat(md).contains("profile `adoption-test`, strict selection");
        assertThat(md).contains("| rank | project | maturity | level | coverage | activity | diversity | gaps |");
        List<String> rows = md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| rank")).toList();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).startsWith("| 1 | git:alpha | ").endsWith("| none |");
        assertThat(rows.get(1)).startsWith("| excluded | git:beta | ").contains("SEC.POLICY 0 < 1 (relevant)");
        assertThat(rows.get(2)).startsWith("| excluded | git:gamma | ").contains("GOV.LICENSE 0 < 2 (critical)");
        assertThat(md).contains("Not tracked: `git:nope`");
    }

    @Test
    void badRequestsAreProblemsWithASentence() {
        given().when().get("/api/v1/compare?project=git:alpha&profile=nope").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("unknown profile 'nope'"))
                .body("detail", containsString("library-adoption, maintainer-self-check, security-sensitive"));
        given().when().get("/api/v1/compare?project=git:alpha&profile=broken").then().statusCode(500)
                .contentType("application/problem+json")
                .body("detail", containsString("broken.properties line 2: SEC.POLICY=critcal"));
        given().when().get("/api/v1/compare").then().statusCode(400)
                .body("detail", containsString("name at least one candidate"));
        given().when().get("/api/v1/compare?project=git:alpha&selection=best").then().statusCode(400)
                .body("detail", containsString("use loose"));
        given().when().get("/api/v1/compare?project=nope").then().statusCode(400)
                .body("detail", containsString("project=nope"));
    }

    @Test
    void adviceOrdersWhatToFixByTheMaturityItAdds() {
        JsonPath beta = given().when().get("/api/v1/projects/git/beta/advice").then().statusCode(200)
                .extract().jsonPath();
        List<Float> gains = beta.getList("steps.gain", Float.class);
        assertThat(gains).isSortedAccordingTo((a, b) -> Float.compare(b, a));
        assertThat(beta.getString("steps.find { it.leaf == 'SEC.POLICY' }.action"))
                .isEqualTo("add SECURITY.md with a contact address and a disclosure process");
        assertThat(beta.getList("steps.leaf")).doesNotContain("GOV.LICENSE");

        given().when().get("/api/v1/projects/git/gamma/advice?profile=" + CandidateProjectsResource.PROFILE)
                .then().statusCode(200)
                .body("profile", equalTo("adoption-test"))
                .body("steps[0].leaf", equalTo("GOV.LICENSE"))
                .body("steps[0].relevance", equalTo("critical"))
                .body("steps[0].action", containsString("LICENSE"));
    }
}
