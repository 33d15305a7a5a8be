package io.forgepulse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.forge.github.GitHubConnector;
import io.forgepulse.forge.github.GitHubSettings;
import io.forgepulse.forge.github.RecordedGitHub;
import io.forgepulse.forge.github.RecordedGraphQl;
import io.forgepulse.forge.github.RecordedLists;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    @Test
    void requestsPerHarvest() throws Exception {
        RecordedGraphQl graphQl = new RecordedGraphQl();
        try (RequestBench bench = new RequestBench("github", graphQl, new RecordedLists())) {
            Map<String, List<JsonNode>> lists = generate(0);
            RecordedGitHub github = serve(bench, graphQl, lists);
            GitHubConnector connector = new GitHubConnector(new GitHubSettings(github.base(), List.of("bench-token"),
                    100_000, false), bench.client(), null, RequestBench.clock());
            TrackedProject project = new TrackedProject(ProjectId.parse("github:bench/generated"), null);
            long merged = lists.get("issues").stream().filter(i -> i.path("pull_request").hasNonNull("merged_at")).count();
            // The REST lists, and the pulls' merge facts and reviews, which no REST list gives, 100 pulls per query.
            long lowerBound = RequestBench.pages(lists.values().stream().map(List::size).toList());

            Map<String, RequestBench.HarvestCost> harvests = new LinkedHashMap<>();
            harvests.put("first", bench.harvest(connector, project));
            harvests.put("again, nothing changed", bench.harvest(connector, project));
            bench.server().resetMappings();
            serve(bench, graphQl, generate(5)); // five issues and five comments updated since
            harvests.put("again, 5 issues and 5 comments updated", bench.harvest(connector, project));

            RequestBench.print(List.of(String.format(
                    "items: %d issues, %d pulls (%d merged), %d comments, %d review comments, %d releases",
                    ISSUES, PULLS, merged, COMMENTS, REVIEW_COMMENTS, RELEASES), String.format(
                    "lower bound Σ ceil(items/100) over the lists and the pulls' details: %d; GraphQL queries: %d",
                    lowerBound, graphQl.queries())), harvests);
        }
    }

    private static RecordedGitHub serve(RequestBench bench, RecordedGraphQl graphQl, Map<String, List<JsonNode>> lists) {
        RecordedGitHub github = new RecordedGitHub(bench.server());
        String repo = "/repos/bench/generated";
        github.paged(repo + "/issues", "state=all&" + RecordedGitHub.LIST_QUERY, lists.get("issues"), 100);
        github.paged(repo + "/issues/comments", RecordedGitHub.LIST_QUERY, lists.get("comments"), 100);
        github.paged(repo + "/pulls/comments", RecordedGitHub.LIST_QUERY, lists.get("review-comments"), 100);
        github.paged(repo + "/releases", "per_page=100", lists.get("releases"), 100);
        // No /pulls/N here: with a token, a harvest that asked for one would fail on the mock's 404.
        graphQl.serve(bench.server(), lists.get("pulls").stream().map(RecordedGraphQl::fromRest).toList());
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
            String at = Generated.at(n);
            item.put("number", n).put("id", 1_000_000 + n).put("state", "closed")
                    .put("created_at", at).put("updated_at", at).put("closed_at", at);
            if (pull) {
                boolean merged = n % 2 == 0;
                ((ObjectNode) item.get("pull_request")).put("merged_at", merged ? at : null);
                ObjectNode details = pullShape.deepCopy();
                details.put("number", n).put("merged_at", merged ? at : null);
                pulls.add(details);
            }
            issues.add(item);
        }
        List<JsonNode> comments = new ArrayList<>();
        for (ObjectNode comment : Generated.copies(List.of(commentShape), COMMENTS)) {
            int c = comments.size() + 1;
            comments.add(comment.put("id", 5_000_000 + c).put("created_at", Generated.at(c)).put("updated_at", Generated.at(c)));
        }
        List<JsonNode> reviewComments = new ArrayList<>();
        for (ObjectNode item : Generated.copies(List.of(commentShape), REVIEW_COMMENTS)) {
            int c = reviewComments.size() + 1;
            item.put("id", 9_000_000 + c).put("created_at", Generated.at(c)).put("updated_at", Generated.at(c));
            item.remove("issue_url");
            item.put("pull_request_url", "https://api.github.com/repos/bench/generated/pulls/" + (3 * (c % PULLS + 1)));
            reviewComments.add(item);
        }
        List<JsonNode> releases = new ArrayList<>();
        for (ObjectNode release : Generated.copies(List.of(releaseShape), RELEASES)) {
            int r = releases.size() + 1;
            releases.add(release.put("id", r).put("tag_name", "v1." + r).put("draft", false).put("published_at", Generated.at(r)));
        }
        Generated.touch(issues, updated);
        Generated.touch(comments, updated);
        return Map.of("issues", issues, "pulls", pulls, "comments", comments, "review-comments", reviewComments,
                "releases", releases);
    }
}
