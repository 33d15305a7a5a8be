package io.forgepulse.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.forgepulse.testing.SampleProjectResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of generated bad requests (methods, paths, queries, headers, bodies; half of the mutations with the admin
 * token): every answer is a 2xx or a 4xx, every 4xx is problem+json with a sentence, and the service keeps serving.
 * Seeded, so a failure is reproduced with {@code -Dforgepulse.fuzz.seed=N} (the seed is in the message).
 */
@QuarkusTest
@QuarkusTestResource(value = SampleProjectResource.class, restrictToAnnotatedClass = true)
class ApiFuzzTest {

    private static final int REQUESTS = 400;
    private static final String SAMPLE = "/api/v1/projects/git/sample";
    private static final List<String> METHODS = List.of("GET", "GET", "GET", "POST", "POST", "DELETE", "PUT", "PATCH",
            "HEAD", "OPTIONS", "TRACE", "M1234", "get", "PROPFIND");
    private static final List<String> PATHS = List.of("/api/v1/projects", SAMPLE, SAMPLE + "/scores",
            SAMPLE + "/series", SAMPLE + "/contributors", SAMPLE + "/pulse", SAMPLE + "/advice",
            SAMPLE + "/badge/maturity.svg", SAMPLE + "/badge/%s.svg", SAMPLE + "/harvest", "/api/v1/compare",
            "/api/v1/projects/%s/%s", "/api/v1/projects/github/%s/%s/scores", "/api/v1/projects/gitlab/a/b/c/d/%s",
            "/api/v1/%s", "/%s", "/q/%s", "/api/v1/projects/git/%s/series", "/api/v1/projects/git/%s/harvest");
    private static final List<String> PARAMS = List.of("metric", "bucket", "from", "to", "limit", "period", "profile",
            "project", "selection", "track");
    private static final List<String> VALUES = List.of("commits", "score_maturity", "week", "month", "year",
            "0001-01-01", "9999-12-31", "%2B999999999-12-31", "-1", "0", "1", "abc", "2026-02-30", "1970-01-01",
            "P7D", "P0D", "P99999D", "PT1H", "git:sample", "github:a/b", "git:x%00", "git:..", "svn:x", "%00", "%ZZ",
            "%", "%E2%82", "strict", "loose", "true", "yes", "..%2F..%2Fetc%2Fpasswd", "%0D%0AX-Injected:%201",
            "library-adoption", "../profiles", "");
    private static final List<String> SEGMENTS = List.of("x", "..", ".", "%2E%2E", "%00", "%0A", "%20", "%ZZ", "%",
            "a%2Fb", "~", "-x", "_", "%C3%A9", "%F0%9F%92%A9", "a;b", "a=b", "metrics", "health", "openapi",
            "sample", "broken", "x".repeat(101), "CON", "{forge}", "%7B%7D", "%25", "'", "%22", "<script>");

    @TestHTTPResource("/")
    URI base;

    @Test
    void everyAnswerToBadInputIsA2xxOrA4xxProblemAndTheServiceKeepsServing() {
        long seed = Long.getLong("forgepulse.fuzz.seed", 20260630L);
        Random random = new Random(seed);
        RawHttp http = new RawHttp(base);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            String method = pick(random, METHODS);
            String target = path(random) + query(random);
            Map<String, String> headers = headers(random, method);
            byte[] body = method.equals("GET") || method.equals("HEAD") ? null : body(random);
            String request = String.format("seed %d, request %d: %s %s headers %s body '%s'", seed, i, method,
                    RawHttp.abbreviated(target), abbreviatedValues(headers),
                    body == null ? "" : RawHttp.abbreviated(new String(body, StandardCharsets.UTF_8)));

            RawHttp.Answer answer = http.send(method, target, headers, body);

            boolean problem = method.equals("HEAD")
                    ? answer.contentType().startsWith(ProblemMappers.PROBLEM_JSON) : answer.isProblemJson();
            // Known limit: Quarkus checks the URI syntax before any route runs and answers a malformed one (a bad
            // percent-encoding, a raw '<' or '{') 400 without a body; the JVM flag vertx.disableURIValidation only
            // moves the problem. So such a request must be a 400, not a problem+json.
            boolean malformed = !isUri(target) && answer.status() == 400;
            if (answer.status() / 100 != 2 && !(answer.status() / 100 == 4 && (problem || malformed))) {
                failures.add(request + " -> " + answer);
            }
        }
        assertThat(failures).as("answers that are neither 2xx nor 4xx problem+json").isEmpty();
        assertThat(http.get(SAMPLE).status()).as("seed %d: the service still answers", seed).isEqualTo(200);
        assertThat(http.get("/api/v1/projects").body()).contains("\"id\":\"git:sample\"");
    }

    private static String path(Random random) {
        String template = pick(random, PATHS);
        Object[] segments = new Object[3];
        for (int s = 0; s < segments.length; s++) {
            segments[s] = random.nextInt(20) == 0 ? "y".repeat(5000 + random.nextInt(5000)) : pick(random, SEGMENTS);
        }
        String path = String.format(template, segments);
        return random.nextInt(15) == 0 ? path + "/" + pick(random, SEGMENTS) : path;
    }

    private static String query(Random random) {
        int count = random.nextInt(4);
        StringBuilder query = new StringBuilder(count == 0 ? "" : "?");
        for (int p = 0; p < count; p++) {
            query.append(p == 0 ? "" : "&").append(pick(random, PARAMS)).append('=').append(pick(random, VALUES));
        }
        return query.toString();
    }

    private static Map<String, String> headers(Random random, String method) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (!method.equals("GET") && random.nextBoolean()) {
            headers.put("Authorization", "Bearer " + SampleProjectResource.ADMIN_TOKEN);
        } else if (random.nextInt(5) == 0) {
            headers.put("Authorization", pick(random, List.of("Bearer", "Bearer ", "Basic YTpi", "bearer x", "\u00e9")));
        }
        if (random.nextInt(3) == 0) {
            headers.put("Accept", pick(random, List.of("text/markdown", "text/csv", "*/*", "image/png", "x", ";;",
                    "application/json;q=0", "text/html")));
        }
        if (random.nextInt(2) == 0) {
            headers.put("Content-Type", pick(random, List.of("application/json", "application/json", "text/plain",
                    "application/xml", "multipart/form-data", "application/json; charset=ebcdic", ";", "x/y")));
        }
        if (random.nextInt(25) == 0) {
            headers.put("X-Big", "h".repeat(21_000 + random.nextInt(20_000)));
        }
        if (random.nextInt(10) == 0) {
            headers.put(pick(random, List.of("X-Forwarded-Host", "Forwarded", "X-Forwarded-Proto", "Origin",
                    "If-None-Match", "Range", "Expect")), pick(random, List.of("evil.example", "bytes=0-1",
                    "100-continue", "for=\"[::1\"", "*", "\u00ff")));
        }
        return headers;
    }

    private static byte[] body(Random random) {
        String location = pick(random, List.of("/tmp", "/nonexistent", "ssh://h/r", "file:///etc", "http://127.0.0.2/r",
                "", "C:\\\\x", "-uhack"));
        String id = pick(random, List.of("git:fz" + random.nextInt(1000), "git:x\\u0000", "git:", ":x", "github:a/b",
                "gitlab:a", "git:sample", "git: x", "git:a/b", "git:" + "n".repeat(300), "svn:a", "git:\\u202e"));
        String json = switch (random.nextInt(12)) {
            case 0 -> "";
            case 1 -> "{";
            case 2 -> "[1,2]";
            case 3 -> "null";
            case 4 -> "{\"id\": " + random.nextInt() + "}";
            case 5 -> "{\"id\": {\"a\": [1, {\"b\": null}]}}";
            case 6 -> "[".repeat(2000) + "]".repeat(2000);
            case 7 -> "{\"id\": \"" + id + "\", \"location\": \"" + location + "\", \"extra\": true}";
            case 8 -> "{\"id\": \"" + id + "\", \"location\": " + random.nextDouble() + "}";
            case 9 -> "{\"id\": \"" + "z".repeat(70_000) + "\"}";
            case 10 -> "\u0000\u0001\u00ff garbage";
            default -> "{\"id\": \"" + id + "\", \"location\": \"" + location + "\"}";
        };
        return json.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean isUri(String target) {
        try {
            new URI(target);
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Map<String, String> abbreviatedValues(Map<String, String> headers) {
        Map<String, String> shown = new LinkedHashMap<>();
        headers.forEach((name, value) -> shown.put(name, RawHttp.abbreviated(value)));
        return shown;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
