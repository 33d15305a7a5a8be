package io.forgepulse.bench;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.forge.HarvestBatch;
import io.forgepulse.forge.HarvestCursor;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.forge.github.GitHubConnector;
import io.forgepulse.forge.github.GitHubSettings;
import io.forgepulse.forge.github.RecordedGitHub;
import io.forgepulse.forge.github.RecordedGraphQl;
import io.forgepulse.forge.github.RecordedLists;
import io.forgepulse.forge.http.ForgeClient;
import io.forgepulse.forge.http.HttpPolicy;
import io.forgepulse.forge.http.RequestCounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Requests a GitHub harvest costs on a generated project of thousands of items (bench/README.md records the table).
 * Items are copies of the recorded panjf2000/ants items with new numbers, ids and update times.
 * Run: {@code ./mvnw -B -ntp test -Dtest=GitHubRequestBench -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class GitHubRequestBench {

    private static final int ISSUES = 2000;
    private static final int PULLS = 1000;
    private static final int COMMENTS = 5000;
    private static final int REVIEW_COMMENTS = 300;
    private static final int RELEASES = 150;
    private static final Instant START = Instant.parse("2020-01-01T00:00:00Z");

    @Test
    void requestsPerHarvest() throws Exception {
        RecordedGraphQl graphQl = new RecordedGraphQl();
        WireMockServer server = new WireMockServer(options().dynamicPort().disableRequestJournal()
                .extensions(graphQl, new RecordedLists()));
        server.start();
        try {
            Map<String, List<JsonNode>> lists = generate(0);
            RecordedGitHub github = serve(server, graphQl, lists);
            RequestCounts counts = new RequestCounts();
            Path cache = Files.createTempDirectory("bench-http-cache");
            GitHubConnector connector = new GitHubConnector(new GitHubSettings(github.base(), List.of("bench-token"), 100_000, false),
                    ForgeClient.create(new HttpPolicy(cache, 500_000_000L, 3, Duration.ofMillis(1), Duration.ofSeconds(1),
                            Duration.ofSeconds(30), 500_000_000L), counts), null, Clock.fixed(START, ZoneOffset.UTC));
            TrackedProject project = new TrackedProject(ProjectId.parse("github:bench/generated"), null);
            long merged = lists.get("issues").stream().filter(i -> i.path("pull_request").hasNonNull("merged_at")).count();
            // The REST lists, and the pulls' merge facts and reviews, which no REST list gives, 100 pulls per query.
            long lowerBound = lists.values().stream().mapToLong(items -> Math.max(1, (items.size() + 99) / 100)).sum();

            Map<String, String> cursor = new HashMap<>();
            Counter first = run(connector, project, cursor, counts);
            Counter unchanged = run(connector, project, cursor, counts);
            server.resetMappings();
            serve(server, graphQl, generate(5)); // five issues and five comments updated since
            Counter changed = run(connector, project, cursor, counts);

            System.out.printf("%nitems: %d issues, %d pulls (%d merged), %d comments, %d review comments, %d releases%n",
                    ISSUES, PULLS, merged, COMMENTS, REVIEW_COMMENTS, RELEASES);
            System.out.printf("lower bound Σ ceil(items/100) over the lists and the pulls' details: %d; GraphQL queries: %d%n",
                    lowerBound, graphQl.queries());
            System.out.println("| harvest | requests | 200 | 304 | events written | wall ms |");
            System.out.println("|---|---|---|---|---|---|");
            System.out.println(first.row("first"));
            System.out.println(unchanged.row("again, nothing changed"));
            System.out.println(changed.row("again, 5 issues and 5 comments updated"));
        } finally {
            server.stop();
        }
    }

    private record Counter(long total, long ok, long notModified, int written, long millis) {
        String row(String name) {
            return "| " + name + " | " + total + " | " + ok + " | " + notModified + " | " + written + " | " + millis + " |";
        }
    }

    private static Counter run(GitHubConnector connector, TrackedProject project, Map<String, String> cursor,
            RequestCounts counts) throws Exception {
        Map<String, Long> before = counts.requests().getOrDefault("github", Map.of());
        int[] written = {0};
        long start = System.nanoTime();
        connector.harvest(project, new HarvestCursor(cursor), (HarvestBatch batch) -> {
            written[0] += batch.size();
            cursor.putAll(batch.cursor().positions());
        });
        Map<String, Long> after = counts.requests().getOrDefault("github", Map.of());
        long ok = after.getOrDefault("200", 0L) - before.getOrDefault("200", 0L);
        long notModified = after.getOrDefault("304", 0L) - before.getOrDefault("304", 0L);
        long total = after.values().stream().mapToLong(Long::longValue).sum()
                - before.values().stream().mapToLong(Long::longValue).sum();
        return new Counter(total, ok, notModified, written[0], (System.nanoTime() - start) / 1_000_000);
    }

    private static RecordedGitHub serve(WireMockServer server, RecordedGraphQl graphQl, Map<String, List<JsonNode>> lists) {
        RecordedGitHub github = new RecordedGitHub(server);
        String repo = "/repos/bench/generated";
        github.paged(repo + "/issues", "state=all&" + RecordedGitHub.LIST_QUERY, lists.get("issues"), 100);
        github.paged(repo + "/issues/comments", RecordedGitHub.LIST_QUERY, lists.get("comments"), 100);
        github.paged(repo + "/pulls/comments", RecordedGitHub.LIST_QUERY, lists.get("review-comments"), 100);
        github.paged(repo + "/releases", "per_page=100", lists.get("releases"), 100);
        // No /pulls/N here: with a token, a harvest that asked for one would fail on the mock's 404.
        graphQl.serve(server, lists.get("pulls").stream().map(RecordedGraphQl::fromRest).toList());
        // hub4j reads the repository (for its owner and name) before releases; the commits list is empty (the
        // project has no mirror, so commits come from the API: one page, then one request confirming nothing new).
        github.single(repo, RecordedGitHub.repository("bench/generated"));
        github.paged(repo + "/commits", "per_page=100", List.of(), 100);
        return github;
    }

    /** The generated project; the last {@code updated} issues and comments carry a later update time. */
    private static Map<String, List<JsonNode>> generate(int updated) {
        List<JsonNode> issueShapes = RecordedGitHub.items("issues.pages.json");
        JsonNode issueShape = issueShapes.stream().filter(i -> !i.has("pull_request")).findFirst().orElseThrow();
        JsonNode pullItemShape = issueShapes.stream().filter(i -> i.has("pull_request")).findFirst().orElseThrow();
        JsonNode pullShape = RecordedGitHub.items("pull_requests.pages.json").get(0);
        JsonNode commentShape = RecordedGitHub.items("comments.pages.json").get(0);
        JsonNode releaseShape = RecordedGitHub.read("hub4j/releases.json").get(0);
        List<JsonNode> issues = new ArrayList<>();
        List<JsonNode> pulls = new ArrayList<>();
        for (int n = 1; n <= ISSUES + PULLS; n++) {
            boolean pull = n % 3 == 0;
            ObjectNode item = (pull ? pullItemShape : issueShape).deepCopy();
            item.put("number", n).put("id", 1_000_000 + n).put("state", "closed")
                    .put("created_at", at(n)).put("updated_at", at(n)).put("closed_at", at(n));
            if (pull) {
                boolean merged = n % 2 == 0;
                ((ObjectNode) item.get("pull_request")).put("merged_at", merged ? at(n) : null);
                ObjectNode details = pullShape.deepCopy();
                details.put("number", n).put("merged_at", merged ? at(n) : null);
                pulls.add(details);
            }
            issues.add(item);
        }
        List<JsonNode> comments = new ArrayList<>();
        for (int c = 1; c <= COMMENTS; c++) {
            comments.add(((ObjectNode) commentShape.deepCopy()).put("id", 5_000_000 + c).put("created_at", at(c)).put("updated_at", at(c)));
        }
        List<JsonNode> reviewComments = new ArrayList<>();
        for (int c = 1; c <= REVIEW_COMMENTS; c++) {
            ObjectNode item = ((ObjectNode) commentShape.deepCopy()).put("id", 9_000_000 + c).put("created_at", at(c)).put("updated_at", at(c));
            item.remove("issue_url");
            item.put("pull_request_url", "https://api.github.com/repos/bench/generated/pulls/" + (3 * (c % PULLS + 1)));
            reviewComments.add(item);
        }
        List<JsonNode> releases = new ArrayList<>();
        for (int r = 1; r <= RELEASES; r++) {
            releases.add(((ObjectNode) releaseShape.deepCopy()).put("id", r).put("tag_name", "v1." + r).put("draft", false)
                    .put("published_at", at(r)));
        }
        touch(issues, updated);
        touch(comments, updated);
        return Map.of("issues", issues, "pulls", pulls, "comments", comments, "review-comments", reviewComments,
                "releases", releases);
    }

    /** Updates {@code count} items spread over the list: they move to its end, as GitHub's sort=updated does. */
    private static void touch(List<JsonNode> items, int count) {
        for (int k = 0; k < count; k++) {
            JsonNode item = items.remove(k * (items.size() / Math.max(1, count)) % items.size());
            ((ObjectNode) item).put("updated_at", at(100_000 + k));
            items.add(item);
        }
    }

    private static String at(int n) {
        return START.plusSeconds(3600L * n).toString();
    }
}
