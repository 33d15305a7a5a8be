package io.forgepulse.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.testing.SampleProjectResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each input a review found answered 500 or without a body: every one is a 4xx problem+json with a sentence. */
@QuarkusTest
@QuarkusTestResource(value = SampleProjectResource.class, restrictToAnnotatedClass = true)
class BadInputTest {

    private static final String SAMPLE = "/api/v1/projects/git/sample";
    private static final Map<String, String> ADMIN_JSON = Map.of("Authorization",
            "Bearer " + SampleProjectResource.ADMIN_TOKEN, "Content-Type", "application/json");

    @TestHTTPResource("/")
    URI base;

    private RawHttp http() {
        return new RawHttp(base);
    }

    private static void assertProblem(RawHttp.Answer answer, int status, String detail) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.isProblemJson()).as(answer.toString()).isTrue();
        assertThat(answer.body()).contains(detail);
    }

    @Test
    void datesOutsideASaneRangeAreRefusedBeforeAnyWork() {
        assertProblem(http().get(SAMPLE + "/series?metric=commits&bucket=week&from=0001-01-01"), 400, "1970-01-01");
        assertProblem(http().get(SAMPLE + "/series?metric=commits&to=%2B999999999-12-31"), 400, "out of range");
        assertProblem(http().get(SAMPLE + "/contributors?to=%2B999999999-12-31"), 400, "out of range");
        assertProblem(http().get(SAMPLE + "/series?metric=score_maturity&from=-5000-01-01"), 400, "out of range");
        assertThat(http().get(SAMPLE + "/series?metric=commits&from=2020-01-01&to=2027-01-01").status())
                .isEqualTo(200);
    }

    @Test
    void aLimitThatIsNotANumberIsABadRequestNotANotFound() {
        assertProblem(http().get(SAMPLE + "/contributors?limit=abc"), 400, "limit=abc");
        assertProblem(http().get(SAMPLE + "/contributors?limit=99999999999"), 400, "from 1 to 1000");
    }

    @Test
    void jsonOfTheWrongShapeIsAProblem() {
        for (String body : new String[] {"[1,2]", "{\"id\": {\"a\": 1}}", "\"git:x\"", "42", "{\"id\": [\"git:x\"]}"}) {
            assertProblem(http().send("POST", "/api/v1/projects", ADMIN_JSON, body.getBytes(StandardCharsets.UTF_8)),
                    400, "JSON");
        }
    }

    @Test
    void aHugeBodyIsRefusedWithAProblem() {
        byte[] body = new byte[10 * 1024 * 1024];
        java.util.Arrays.fill(body, (byte) ' ');
        assertProblem(http().send("POST", "/api/v1/projects", ADMIN_JSON, body), 413, "bytes");
        assertThat(http().get(SAMPLE).status()).isEqualTo(200);
    }

    @Test
    void anOverLongUriOrOversizedHeadersAreRefusedWithAProblem() {
        assertProblem(http().get(SAMPLE + "?x=" + "a".repeat(10_000)), 414, "characters");
        assertProblem(http().send("GET", SAMPLE, Map.of("X-Big", "b".repeat(30_000)), null), 431, "headers");
        assertThat(http().get(SAMPLE).status()).isEqualTo(200);
    }

    @Test
    void controlCharactersInIdsAreRefusedNotStripped() {
        byte[] body = "{\"id\": \"git:x\\u0000\", \"location\": \"/tmp\"}".getBytes(StandardCharsets.UTF_8);
        assertProblem(http().send("POST", "/api/v1/projects", ADMIN_JSON, body), 400, "U+0000");
        assertThat(http().get("/api/v1/projects/git/x").status()).isEqualTo(404);
        assertProblem(http().get(SAMPLE + "%00"), 400, "U+0000");
        assertProblem(http().get(SAMPLE + "%20/scores"), 400, "U+0020");
        assertProblem(http().get("/api/v1/compare?project=git:sample%0A"), 400, "U+000A");
    }
}
