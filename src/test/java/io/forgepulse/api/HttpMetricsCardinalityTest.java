package io.forgepulse.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.testing.SampleProjectResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Anonymous clients choose methods and paths freely; the HTTP server series they create must stay a handful. */
@QuarkusTest
@QuarkusTestResource(value = SampleProjectResource.class, restrictToAnnotatedClass = true)
class HttpMetricsCardinalityTest {

    private static final long SEED = 11;
    private static final String SERIES = "http_server_requests_seconds_count{";

    @TestHTTPResource("/")
    URI base;

    @Test
    void randomMethodsAndPathsShareABoundedSetOfSeries() {
        RawHttp http = new RawHttp(base);
        Random random = new Random(SEED);
        List<String> prefixes = List.of("/", "/api/v1/", "/api/v1/projects/", "/api/v1/projects/git/sample/", "/q/",
                "/api/v1/compare/", "/x/");
        for (int i = 0; i < 50; i++) {
            String method = random.nextBoolean() ? "M" + random.nextInt(100_000) : List.of("GET", "POST", "PUT",
                    "DELETE", "PATCH", "OPTIONS", "HEAD").get(random.nextInt(7));
            String path = prefixes.get(random.nextInt(prefixes.size())) + "p" + random.nextInt(100_000);
            http.send(method, path, Map.of(), null);
        }

        String metrics = http.get("/q/metrics").body();
        List<String> series = metrics.lines().filter(l -> l.startsWith(SERIES)).toList();
        assertThat(series).as("seed %d: %s", SEED, String.join("\n", series)).hasSizeLessThanOrEqualTo(12)
                .noneMatch(l -> l.matches(".*method=\"M[0-9]+\".*"))
                .noneMatch(l -> l.matches(".*uri=\"[^\"]*p[0-9]+\".*"));
        assertThat(http.get("/api/v1/projects/git/sample").status()).isEqualTo(200);
    }
}
