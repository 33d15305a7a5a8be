package io.forgepulse.forge.github;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Serves the recorded responses under {@code src/test/resources/github} from WireMock the way GitHub would: bodies
 * with {@code https://api.github.com} rewritten to the mock, lists cut into pages with real-shaped {@code Link}
 * headers, and an {@code ETag} on every answer that turns a matching {@code If-None-Match} into a 304.
 */
public final class RecordedGitHub {

    public static final String REPO = "panjf2000/ants";
    public static final String REPOSITORY = "/repos/" + REPO;
    public static final String COMMITS = "/repos/" + REPO + "/commits";
    public static final String ISSUES = "/repos/" + REPO + "/issues";
    public static final String COMMENTS = "/repos/" + REPO + "/issues/comments";
    public static final String REVIEW_COMMENTS = "/repos/" + REPO + "/pulls/comments";
    public static final String RELEASES = "/repos/" + REPO + "/releases";
    public static final String LIST_QUERY = "sort=updated&direction=asc&per_page=100";
    /** Recorded with the hub4j repository answer; pages carry it too. */
    public static final String RATE_LIMIT_REMAINING = "4625";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WireMockServer server;
    private final String base;

    public RecordedGitHub(WireMockServer server) {
        this.server = server;
        this.base = "http://localhost:" + server.port();
    }

    public String base() {
        return base;
    }

    /** Every item of a DevLake pages file, deduplicated by id (the raw table holds one issue twice), by update time. */
    public static List<JsonNode> items(String pagesFile) {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        for (JsonNode page : read("devlake/" + pagesFile)) {
            page.path("items").forEach(item -> byId.put(item.path("id").asText(), item));
        }
        List<JsonNode> items = new ArrayList<>(byId.values());
        items.sort(Comparator.comparing(i -> i.path("updated_at").asText()));
        return items;
    }

    public static JsonNode read(String resource) {
        try (InputStream in = RecordedGitHub.class.getResourceAsStream("/github/" + resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The whole recorded ants project: the repository, issues and pulls (pages of {@code pageSize}), pulls, comments,
     * releases, and for the commits list the one commit recorded for kohsuke/empty-commit.
     */
    public RecordedGitHub ants(int pageSize) {
        return ants(pageSize, items("issues.pages.json"));
    }

    /** As {@link #ants(int)}, with these issues and pulls in place of the recorded ones. */
    RecordedGitHub ants(int pageSize, List<JsonNode> issues) {
        return ants(pageSize, issues, List.of(RecordedPage.of("testListCommits", "4-r_k_e_commits.json")));
    }

    /** As {@link #ants(int)}, with these pages for the commits list (see {@link #commits}). */
    RecordedGitHub antsWithCommits(int pageSize, List<RecordedPage> commits) {
        return ants(pageSize, items("issues.pages.json"), commits);
    }

    private RecordedGitHub ants(int pageSize, List<JsonNode> issues, List<RecordedPage> commits) {
        paged(ISSUES, "state=all&" + LIST_QUERY, issues, pageSize);
        paged(COMMENTS, LIST_QUERY, items("comments.pages.json"), pageSize);
        paged(REVIEW_COMMENTS, LIST_QUERY, List.of(), pageSize);
        for (JsonNode pull : items("pull_requests.pages.json")) {
            single("/repos/" + REPO + "/pulls/" + pull.path("number").asText(), pull.toString());
        }
        single(RELEASES, read("hub4j/releases.json").toString());
        single(REPOSITORY, repository(REPO));
        commits(commits);
        return this;
    }

    /**
     * hub4j's recorded answer to GET /repos/hub4j/github-api, renamed to {@code fullName}: hub4j builds every later
     * path (releases, commits) from the owner login and the name in it.
     */
    public static String repository(String fullName) {
        ObjectNode repository = read("hub4j/repository.json").deepCopy();
        String[] ownerAndName = fullName.split("/");
        repository.put("name", ownerAndName[1]).put("full_name", fullName);
        ((ObjectNode) repository.get("owner")).put("login", ownerAndName[0]);
        return repository.toString();
    }

    /**
     * A response hub4j recorded: the URL it asked, the body and the {@code Link} header GitHub answered.
     *
     * @param url the recorded path and query, or null for a page not recorded at a URL of its own
     */
    public record RecordedPage(String url, JsonNode body, String link) {

        /** Mapping {@code NAME} of {@code src/test/resources/github/hub4j/DIR} and its body file. */
        public static RecordedPage of(String dir, String name) {
            JsonNode mapping = read("hub4j/" + dir + "/mappings/" + name);
            JsonNode response = mapping.path("response");
            JsonNode link = response.path("headers").get("Link");
            return new RecordedPage(mapping.path("request").path("url").asText(),
                    read("hub4j/" + dir + "/__files/" + response.path("bodyFileName").asText()),
                    link == null ? null : link.asText());
        }
    }

    /**
     * The commits list of the project, newest first, from recorded pages: the first answers the first request
     * ({@code per_page=100}, no {@code since}), the others their recorded URLs, which the recorded {@code Link}
     * headers name. Then the window a later harvest asks, {@code since} the newest committer date: GitHub's
     * {@code since} includes its own second, so it holds the commits of that second.
     */
    public void commits(List<RecordedPage> pages) {
        List<JsonNode> all = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            RecordedPage page = pages.get(i);
            page.body().forEach(all::add);
            Supplier<MappingBuilder> request = i == 0
                    ? () -> pageRequest(COMMITS, "per_page=100", 1).withQueryParam("since", absent())
                    : () -> recordedRequest(page.url());
            String link = page.link() == null ? null : page.link().replace("https://api.github.com", base);
            serve(request, page.body().toString(), link);
        }
        String newest = all.stream().map(RecordedGitHub::committed).max(Comparator.naturalOrder()).orElse(null);
        if (newest != null) {
            ArrayNode window = JSON.createArrayNode();
            all.stream().filter(c -> committed(c).compareTo(newest) >= 0).forEach(window::add);
            serve(() -> pageRequest(COMMITS, "per_page=100", 1).withQueryParam("since", equalTo(newest)),
                    window.toString(), null);
        }
    }

    /** A list item's committer date, as GitHub writes it (UTC, so the text sorts as the time does). */
    public static String committed(JsonNode commit) {
        return commit.path("commit").path("committer").path("date").asText();
    }

    private static MappingBuilder recordedRequest(String url) {
        int query = url.indexOf('?');
        MappingBuilder request = get(urlPathEqualTo(query < 0 ? url : url.substring(0, query)))
                .withHeader("Accept", equalTo("application/vnd.github+json"));
        if (query >= 0) {
            for (String pair : url.substring(query + 1).split("&")) {
                String[] kv = pair.split("=", 2);
                request = request.withQueryParam(kv[0], equalTo(URLDecoder.decode(kv[1], StandardCharsets.UTF_8)));
            }
        }
        return request;
    }

    /**
     * A list endpoint over {@code items} (in update order), answered by {@link RecordedLists}: {@code since}, pages of
     * {@code pageSize} and their Link headers, ETags and 304s as GitHub would. The server needs that extension.
     */
    public void paged(String path, String query, List<JsonNode> items, int pageSize) {
        MappingBuilder request = get(urlPathEqualTo(path)).withHeader("Accept", equalTo("application/vnd.github+json"));
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=");
            request = request.withQueryParam(kv[0], equalTo(kv[1]));
        }
        ArrayNode list = JSON.createArrayNode();
        items.forEach(list::add);
        server.stubFor(request.atPriority(5).willReturn(aResponse().withTransformers(RecordedLists.NAME)
                .withTransformerParameter("items", list.toString()).withTransformerParameter("pageSize", pageSize)
                .withTransformerParameter("base", base)));
    }

    public static MappingBuilder pageRequest(String path, String query, int page) {
        MappingBuilder request = get(urlPathEqualTo(path)).withHeader("Accept", equalTo("application/vnd.github+json"));
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=");
            request = request.withQueryParam(kv[0], equalTo(kv[1]));
        }
        return request.withQueryParam("page", page == 1 ? absent() : equalTo(Integer.toString(page)));
    }

    public void single(String path, String body) {
        serve(() -> get(urlPathEqualTo(path)).withHeader("Accept", equalTo("application/vnd.github+json")), body, null);
    }

    /** A 200 with GitHub's recorded headers, and the 304 a revalidation with its ETag gets. */
    void serve(Supplier<MappingBuilder> request, String body, String link) {
        String rewritten = body.replace("https://api.github.com", base);
        String etag = "W/\"" + sha256(rewritten) + "\"";
        HttpHeaders headers = recordedHeaders().plus(new HttpHeader("ETag", etag));
        if (link != null) {
            headers = headers.plus(new HttpHeader("Link", link));
        }
        server.stubFor(request.get().atPriority(5).willReturn(aResponse().withStatus(200).withHeaders(headers).withBody(rewritten)));
        server.stubFor(request.get().atPriority(1).withHeader("If-None-Match", equalTo(etag))
                .willReturn(aResponse().withStatus(304).withHeaders(recordedHeaders().plus(new HttpHeader("ETag", etag)))));
    }

    /** GitHub's answer headers as hub4j recorded them for GET /repos/hub4j/github-api (minus body-specific ones). */
    static HttpHeaders recordedHeaders() {
        JsonNode recorded = read("hub4j/repository.mapping.json").path("response").path("headers");
        List<HttpHeader> headers = new ArrayList<>();
        for (String name : List.of("Content-Type", "Server", "Cache-Control", "X-GitHub-Media-Type", "X-RateLimit-Limit",
                "X-RateLimit-Remaining", "X-RateLimit-Reset", "x-ratelimit-used")) {
            headers.add(new HttpHeader(name, recorded.path(name).asText()));
        }
        List<String> vary = new ArrayList<>();
        recorded.path("Vary").forEach(v -> vary.add(v.asText()));
        headers.add(new HttpHeader("Vary", vary));
        return new HttpHeaders(headers);
    }

    public static ResponseDefinitionBuilder recordedAnswer(int status, String body) {
        return aResponse().withStatus(status).withHeaders(recordedHeaders()).withBody(body);
    }


    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
