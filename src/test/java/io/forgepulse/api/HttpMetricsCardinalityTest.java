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
        // Other test classes share the registry: count only the series these requests add.
        List<String> before = series(http);
        Random random = new Random(SEED);
        List<String> prefixes = List.of("/", "/api/v1/", "/api/v1/projects/", "/api/v1/projects/git/sample/", "/q/",
                "/api/v1/compare/", "/x/");
        for (int i = 0; i < 50; i++) {
            String method = random.nextBoolean() ? "M" + random.nextInt(100_000) : List.of("GET", "POST", "PUT",
                    "DELETE", "PATCH", "OPTIONS", "HEAD").get(random.nextInt(7));
            String path = prefixes.get(random.nextInt(prefixes.size())) + "p" + random.nextInt(100_000);
            http.send(method, path, Map.of(), null);
        }

        List<String> series = series(http);
        List<String> added = series.stream().filter(l -> !before.contains(l)).toList();
        // Bounded by methods × statuses × templates: the web pages' root resource adds 405s for unknown methods under
        // "/" and one template for OPTIONS on unknown paths, so 16 rather than 12; raw paths stay out (below).
        assertThat(added).as("seed %d: %s", SEED, String.join("\n", added)).hasSizeLessThanOrEqualTo(16);
        assertThat(series).as("seed %d: %s", SEED, String.join("\n", series))
                .noneMatch(l -> l.matches(".*method=\"M[0-9]+\".*"))
                .noneMatch(l -> l.matches(".*uri=\"[^\"]*p[0-9]+\".*"));
        assertThat(http.get("/api/v1/projects/git/sample").status()).isEqualTo(200);
    }

    /** The HTTP server series, without their values. */
    private static List<String> series(RawHttp http) {
        return http.get("/q/metrics").body().lines().filter(l -> l.startsWith(SERIES))
                .map(l -> l.substring(0, l.lastIndexOf('}') + 1)).toList();
    }
}
