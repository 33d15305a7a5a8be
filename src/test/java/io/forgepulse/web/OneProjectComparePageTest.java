package io.forgepulse.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.testing.SampleProject;
import io.forgepulse.testing.TempDirectory;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /compare} as the README's run command leaves it: one tracked project. The page says that a comparison needs a
 * second one and how to track it, in both languages, instead of a form with one box to tick.
 */
@QuarkusTest
@TestProfile(OneProjectComparePageTest.OneProject.class)
class OneProjectComparePageTest {

    /** One configured project, never harvested here: the page needs only the list of tracked ids. */
    public static class OneProject implements QuarkusTestProfile {

        static final Path ROOT = temp();

        private static Path temp() {
            try {
                return Files.createTempDirectory("forgepulse-one");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("forgepulse.track", "git:solo=" + ROOT.resolve("solo"),
                    "forgepulse.fixed-now", SampleProject.NOW,
                    "forgepulse.data-dir", ROOT.resolve("data").toString(),
                    "quarkus.datasource.h2.jdbc.url", "jdbc:h2:mem:forgepulse-one;DB_CLOSE_DELAY=-1");
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    @AfterAll
    static void clean() {
        TempDirectory.delete(OneProject.ROOT);
    }

    @Test
    void withOneTrackedProjectThePageSaysHowToTrackASecond() {
        String html = given().queryParam("lang", "en").when().get("/compare").then().statusCode(200).extract()
                .asString();
        assertThat(html).contains("id=\"track-another\"")
                .contains("A comparison needs two or more tracked projects, and only git:solo is tracked.")
                .contains("forgepulse.track=git:solo=…, " + CompareForm.EXAMPLE)
                .contains("/api/v1/projects").contains("Authorization: Bearer $FORGEPULSE_ADMIN_TOKEN")
                .doesNotContain(rootPath()) // the stored location is not shown
                .doesNotContain("Pick two or more tracked projects to compare."); // there are no two to pick

        String chinese = given().queryParam("lang", "zh-CN").when().get("/compare").then().statusCode(200).extract()
                .asString();
        assertThat(chinese).contains("对比需要两个或以上已跟踪的项目，而目前只跟踪了 git:solo。")
                .contains("forgepulse.track=git:solo=…, " + CompareForm.EXAMPLE)
                .doesNotContain("A comparison needs");
    }

    @Test
    void oneCandidateAloneIsToldToPickAnother() {
        String html = given().queryParam("lang", "en").queryParam("project", "git:solo").when().get("/compare").then()
                .statusCode(200).extract().asString();
        assertThat(html).contains("id=\"one-candidate\"")
                .contains("One candidate is ranked against nothing: tick another tracked project to compare it with.");
    }

    private static String rootPath() {
        return OneProject.ROOT.toString();
    }
}
