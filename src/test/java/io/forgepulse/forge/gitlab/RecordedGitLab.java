package io.forgepulse.forge.gitlab;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.forge.git.GitConnector;
import io.forgepulse.forge.http.ForgeClient;
import io.forgepulse.forge.http.HttpPolicy;
import io.forgepulse.forge.http.RequestCounts;
import io.forgepulse.testing.ScriptedRepo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Serves the recorded responses under {@code src/test/resources/gitlab} from WireMock the way gitlab.com would (see
 * {@link GitLabLists}): the project {@code gitlab-data/snowflake_spend} with its recorded issues, merge requests and
 * merge request notes, the recorded releases, and the recorded empty list as the notes of items that have none
 * recorded.
 */
public final class RecordedGitLab {

    static final ObjectMapper JSON = new ObjectMapper();
    public static final String PROJECT = "gitlab-data/snowflake_spend";
    public static final String ROOT = "/api/v4/projects/gitlab-data%2Fsnowflake_spend";
    static final String ISSUES = ROOT + "/issues";
    public static final String MERGE_REQUESTS = ROOT + "/merge_requests";
    public static final String LIST_QUERY = "order_by=updated_at&sort=asc&per_page=100";
    public static final String NOTES_QUERY = "sort=asc&order_by=created_at&per_page=100";
    /** What the danger-js recording says is left of gitlab.com's budget; every answer here carries it. */
    public static final long RATE_LIMIT_REMAINING = 599;

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

    private final WireMockServer server;
    private final String base;

    public RecordedGitLab(WireMockServer server) {
        this.server = server;
        this.base = "http://localhost:" + server.port();
    }

    /** The connector as production wires it, over {@code dir} (HTTP cache, mirrors), with tiny waits. */
    GitLabConnector connector(Path dir, RequestCounts counts, int budget, List<String> tokens) {
        // Tiny backoff and a 300 ms wait bound keep fault tests fast; production defaults are 1 s and 5 min.
        HttpPolicy policy = new HttpPolicy(dir.resolve("http-cache"), 10_000_000, 3, Duration.ofMillis(1),
                Duration.ofMillis(300), Duration.ofSeconds(5), 10_000_000);
        return new GitLabConnector(new GitLabSettings(apiUrl(), tokens, budget), ForgeClient.create(policy, counts),
                new GitConnector(dir.resolve("mirrors"), 100, CLOCK), CLOCK);
    }

    /** The project, its clone URL overridden by a scripted local repository: one commit, two tags (one released). */
    public static TrackedProject project(Path dir) {
        ScriptedRepo repo = ScriptedRepo.init(dir.resolve("snowflake_spend"))
                .commit("Emilie Schario", "emilie@gitlab.com", "2019-06-20T15:00:00Z",
                        Map.of("README.md", "# snowflake spend\n", "LICENSE", "MIT License\n"), "first commit")
                .tag("v0.1", "a tag with a GitLab release", "2019-06-21T10:00:00Z")
                .tag("v0.0.9", "a tag without one", "2019-06-21T11:00:00Z");
        return new TrackedProject(ProjectId.parse("gitlab:" + PROJECT), repo.dir().toUri().toString());
    }

    /** The API URL the connector is configured with. */
    public String apiUrl() {
        return base + "/api/v4";
    }

    public static JsonNode read(String resource) {
        try (InputStream in = RecordedGitLab.class.getResourceAsStream("/gitlab/" + resource)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every item of a DevLake pages file, by update time (the order the connector asks for). */
    public static List<JsonNode> items(String pagesFile) {
        List<JsonNode> items = new ArrayList<>();
        read(pagesFile).forEach(page -> page.path("items").forEach(items::add));
        items.sort(Comparator.comparing(i -> i.path("updated_at").asText()));
        return items;
    }

    /** The recorded notes by merge request iid. */
    public static Map<String, List<JsonNode>> mergeRequestNotes() {
        Map<String, List<JsonNode>> byIid = new LinkedHashMap<>();
        for (JsonNode note : items("merge_request_notes.pages.json")) {
            byIid.computeIfAbsent(note.path("noteable_iid").asText(), k -> new ArrayList<>()).add(note);
        }
        byIid.values().forEach(notes -> notes.sort(Comparator.comparing(n -> n.path("created_at").asText())));
        return byIid;
    }

    /** The recorded project, its lists cut into pages of {@code pageSize}. */
    public RecordedGitLab snowflakeSpend(int pageSize) {
        return snowflakeSpend(pageSize, items("issues.pages.json"), items("merge_requests.pages.json"));
    }

    /** As {@link #snowflakeSpend(int)}, with these issues and merge requests in place of the recorded ones. */
    RecordedGitLab snowflakeSpend(int pageSize, List<JsonNode> issues, List<JsonNode> mergeRequests) {
        paged(ISSUES, LIST_QUERY, issues, pageSize);
        paged(MERGE_REQUESTS, LIST_QUERY, mergeRequests, pageSize);
        Map<String, List<JsonNode>> notes = mergeRequestNotes();
        for (JsonNode issue : issues) {
            notes(ISSUES, issue.path("iid").asText(), List.of());
        }
        for (JsonNode mergeRequest : mergeRequests) {
            String iid = mergeRequest.path("iid").asText();
            notes(MERGE_REQUESTS, iid, notes.getOrDefault(iid, List.of()));
        }
        paged(ROOT + "/releases", "per_page=100", listOf(read("releases.json")), 100);
        return this;
    }

    /** The notes of one item; an empty one is the recorded empty answer. */
    void notes(String itemsPath, String iid, List<JsonNode> notes) {
        paged(itemsPath + "/" + iid + "/notes", NOTES_QUERY, notes, 100);
    }

    private static List<JsonNode> listOf(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    /** The iids of the recorded items whose {@code user_notes_count} is above zero. */
    static Set<String> withUserNotes(String pagesFile) {
        Set<String> iids = new java.util.TreeSet<>();
        items(pagesFile).stream().filter(i -> i.path("user_notes_count").asInt() > 0)
                .forEach(i -> iids.add(i.path("iid").asText()));
        return iids;
    }

    /** A list over {@code items} (in update order), answered by {@link GitLabLists}. */
    public void paged(String path, String query, List<JsonNode> items, int pageSize) {
        ArrayNode list = JSON.createArrayNode();
        items.forEach(list::add);
        server.stubFor(request(path, query).atPriority(5).willReturn(aResponse().withTransformers(GitLabLists.NAME)
                .withTransformerParameter("items", list.isEmpty() ? read("empty-response.json").toString() : list.toString())
                .withTransformerParameter("pageSize", pageSize).withTransformerParameter("base", base)));
    }

    public static MappingBuilder request(String path, String query) {
        MappingBuilder request = get(urlPathEqualTo(path)).withHeader("Accept", equalTo("application/json"));
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=");
            request = request.withQueryParam(kv[0], equalTo(kv[1]));
        }
        return request;
    }

    /** One answer with the recorded headers and an ETag, and the 304 a revalidation with that ETag gets. */
    public void single(MappingBuilder request, MappingBuilder revalidation, String body) {
        String etag = "W/\"" + digest(body) + "\"";
        HttpHeaders headers = recordedHeaders().plus(new HttpHeader("Etag", etag));
        server.stubFor(request.atPriority(5).willReturn(aResponse().withStatus(200).withHeaders(headers).withBody(body)));
        server.stubFor(revalidation.atPriority(1).withHeader("If-None-Match", equalTo(etag))
                .willReturn(aResponse().withStatus(304).withHeaders(headers)));
    }

    /**
     * The headers gitlab.com sent with a notes page (danger-js recording), without those of that one body or page
     * (Date, Content-Length, Connection, Etag and the paging headers), which each answer here computes for itself.
     */
    static HttpHeaders recordedHeaders() {
        JsonNode raw = read("getMergeRequestNotes.nock.json").get(0).path("rawHeaders");
        Set<String> computed = Set.of("date", "content-length", "connection", "etag", "link", "x-next-page", "x-page",
                "x-per-page", "x-prev-page", "x-total", "x-total-pages", "x-request-id", "x-runtime");
        List<HttpHeader> headers = new ArrayList<>();
        for (int i = 0; i + 1 < raw.size(); i += 2) {
            String name = raw.get(i).asText();
            if (!computed.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                headers.add(new HttpHeader(name, raw.get(i + 1).asText()));
            }
        }
        return new HttpHeaders(headers);
    }

    /** A recorded-looking answer with this status and body (for faults). */
    public static ResponseDefinitionBuilder recordedAnswer(int status, String body) {
        return aResponse().withStatus(status).withHeaders(recordedHeaders()).withBody(body);
    }

    static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
