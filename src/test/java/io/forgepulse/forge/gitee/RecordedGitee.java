package io.forgepulse.forge.gitee;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.forge.git.GitConnector;
import io.forgepulse.forge.github.RecordedExtension;
import io.forgepulse.forge.http.ForgeClient;
import io.forgepulse.forge.http.HttpPolicy;
import io.forgepulse.forge.http.RequestCounts;
import io.forgepulse.testing.ScriptedRepo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Serves the recorded Gitee answers under {@code src/test/resources/gitee} from WireMock as Gitee would: bodies with
 * {@code https://gitee.com/api/v5} rewritten to the mock's {@code /api/v5} (as a self-hosted Gitee), lists by {@link RecordedGiteeLists}, and every stub asking
 * for the {@code access_token} query parameter when the test has a token (absent when anonymous).
 */
public final class RecordedGitee {

    public static final String REPO = "kit101/drone-yml-test";
    static final String REPOSITORY = "/repos/" + REPO;
    static final String ISSUES = REPOSITORY + "/issues";
    static final String PULLS = REPOSITORY + "/pulls";
    public static final String ISSUE_COMMENTS = REPOSITORY + "/issues/comments";
    public static final String PULL_COMMENTS = REPOSITORY + "/pulls/comments";
    static final String RELEASES = REPOSITORY + "/releases";
    static final String TOKEN = "gitee-test-token-5f1c";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

    private final WireMockServer server;
    private final String base;
    private final String token;

    /** @param token the token every request must carry as {@code access_token}, or null for anonymous requests */
    public RecordedGitee(WireMockServer server, String token) {
        this.server = server;
        this.base = "http://localhost:" + server.port() + "/api/v5";
        this.token = token;
    }

    /** The API URL the connector is configured with (a self-hosted Gitee's {@code /api/v5} on the mock). */
    public String apiUrl() {
        return base;
    }

    /** The project, its clone URL overridden by a scripted local repository: one commit, two tags (one released). */
    public static TrackedProject trackedProject(Path dir) {
        ScriptedRepo repo = ScriptedRepo.init(dir.resolve("drone-yml-test"))
                .commit("kit101", "kit101@example.com", "2021-03-24T11:29:35+08:00",
                        Map.of("README.md", "# drone-yml-test\n", "LICENSE", "MIT License\n"), "first commit")
                .tag("1.1", "1.1", "2021-03-24T11:29:35+08:00")
                .tag("v9.9.9", "no Gitee release", "2021-03-25T11:29:35+08:00");
        return new TrackedProject(ProjectId.parse("gitee:" + REPO), repo.dir().toUri().toString());
    }

    public static JsonNode read(String resource) {
        try (InputStream in = RecordedGitee.class.getResourceAsStream("/gitee/" + resource)) {
            return RecordedExtension.JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<JsonNode> items(String resource) {
        List<JsonNode> items = new ArrayList<>();
        read(resource).forEach(items::add);
        return items;
    }

    /** The recorded project: repository, issues and pulls (pages of {@code pageSize}), both comment lists, releases. */
    RecordedGitee project(int pageSize, List<JsonNode> pulls) {
        list(ISSUES, pageSize, items("go-scm/issues.json"));
        list(PULLS, pageSize, pulls);
        list(ISSUE_COMMENTS, pageSize, items("go-scm/issue_comments.json"));
        list(PULL_COMMENTS, pageSize, items("go-scm/pr_comments.json"));
        list(RELEASES, pageSize, items("spec-derived/releases.json"));
        single(REPOSITORY, read("go-scm/repo.json").toString());
        return this;
    }

    public RecordedGitee project(int pageSize) {
        return project(pageSize, items("go-scm/pulls.json"));
    }

    /** A list over {@code items}, answered as Gitee would ({@link RecordedGiteeLists}); the server needs it. */
    public void list(String path, int pageSize, List<JsonNode> items) {
        ArrayNode list = RecordedExtension.JSON.createArrayNode();
        items.forEach(list::add);
        server.stubFor(request(path).atPriority(5).willReturn(aResponse().withTransformers(RecordedGiteeLists.NAME)
                .withTransformerParameter("items", list.toString()).withTransformerParameter("pageSize", pageSize)
                .withTransformerParameter("base", base)));
    }

    /** One answer, with an ETag and the 304 its revalidation gets. */
    public void single(String path, String body) {
        String text = body.replace("https://gitee.com/api/v5", base);
        String etag = "W/\"" + Integer.toHexString(text.hashCode()) + "\"";
        HttpHeaders headers = headers().plus(new HttpHeader("ETag", etag));
        server.stubFor(request(path).atPriority(5).willReturn(aResponse().withStatus(200).withHeaders(headers)
                .withBody(text)));
        server.stubFor(request(path).atPriority(4).withHeader("If-None-Match", equalTo(etag))
                .willReturn(aResponse().withStatus(304).withHeaders(headers)));
    }

    /** A GET of {@code path} as the connector sends it: with the test's token in the query, or none. */
    MappingBuilder request(String path) {
        return get(urlPathEqualTo("/api/v5" + path)).withHeader("Accept", equalTo("application/json"))
                .withQueryParam("access_token", token == null ? absent() : equalTo(token));
    }

    /** A page of a list: {@code page} as the client sends it (absent on the first). */
    MappingBuilder page(String path, int page) {
        return request(path).withQueryParam("page", page == 1 ? absent() : equalTo(Integer.toString(page)));
    }

    /** Gitee's answer headers as far as recorded: go-scm's mock sends the request id; the body is JSON. */
    static HttpHeaders headers() {
        return new HttpHeaders(new HttpHeader("Content-Type", "application/json; charset=utf-8"),
                new HttpHeader("X-Request-Id", "7cb049dbf1fafae67b4f0aa81ca7e870"));
    }

    /** The connector as production wires it, over {@code dir} (HTTP cache, mirrors), with tiny waits. */
    GiteeConnector connector(Path dir, RequestCounts counts, int budget) {
        HttpPolicy policy = new HttpPolicy(dir.resolve("http-cache"), 10_000_000, 3, Duration.ofMillis(1),
                Duration.ofMillis(300), Duration.ofSeconds(5), 10_000_000);
        return new GiteeConnector(new GiteeSettings(base, token == null ? List.of()
                : List.of(token), budget), ForgeClient.create(policy, counts),
                new GitConnector(dir.resolve("mirrors"), 100, CLOCK), CLOCK);
    }
}
