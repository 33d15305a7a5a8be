package io.forgepulse.pipeline;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

/** forgepulse.git.allowed-locations restricts both the API and forgepulse.track. */
@QuarkusTest
@TestProfile(OperatorProfile.class)
class AllowedLocationsTest {

    @Test
    void aConfiguredLocationOutsideThePrefixesIsNotTracked() {
        given().when().get("/api/v1/projects").then().statusCode(200)
                .body("id", hasItem("git:inside")).body("id", not(hasItem("git:outside")));
    }

    @Test
    void theApiRefusesPathsAndUrlsOutsideThePrefixesWithAProblemNamingTheKnob() {
        for (String location : new String[] {OperatorProfile.root().resolve("outside/upstream").toString(),
                OperatorProfile.root().resolve("outside/upstream").toUri().toString(),
                "http://127.0.0.2:9/other/repo.git", "https://git.example.org/team/repo.git"}) {
            post("git:refused", location).statusCode(400).contentType("application/problem+json")
                    .body("detail", containsString("forgepulse.git.allowed-locations"));
        }
        given().when().get("/api/v1/projects").then().body("id", not(hasItem("git:refused")));
    }

    @Test
    void theApiTracksPathsAndUrlsInsideThePrefixes() {
        post("git:local", OperatorProfile.root().resolve("allowed/upstream").toString()).statusCode(201);
        post("git:remote", OperatorProfile.ALLOWED_URL + "repo.git").statusCode(201);
        given().when().get("/api/v1/projects").then().body("id", hasItem("git:local")).body("id", hasItem("git:remote"));
    }

    private static ValidatableResponse post(String id, String location) {
        return given().header("Authorization", "Bearer " + OperatorProfile.ADMIN_TOKEN).contentType(ContentType.JSON)
                .body("{\"id\": \"" + id + "\", \"location\": \"" + location + "\"}")
                .when().post("/api/v1/projects").then();
    }
}
