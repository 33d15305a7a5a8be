package io.forgepulse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.forge.gitee.GiteeConnector;
import io.forgepulse.forge.gitee.GiteeSettings;
import io.forgepulse.forge.gitee.RecordedGitee;
import io.forgepulse.forge.gitee.RecordedGiteeLists;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Requests a Gitee harvest costs on a generated project of thousands of items (bench/README.md records the table).
 * Items are copies of the recorded kit101/drone-yml-test issues, pulls and comments ({@code src/test/resources/gitee})
 * with new numbers, ids and {@code +08:00} times; a merged pull does not say who merged it (Gitee's pull has no
 * {@code merged_by}), so its operate logs, copies of the spec-derived ones, name the merger. Lists are served as Gitee
 * does ({@link RecordedGiteeLists}: {@code since}, {@code sort}/{@code direction}, page numbers and
 * {@code total_page}); the ETags and 304s are the mock's (the recordings carry no validators). Commits and tags come
 * from a local mirror (no request).
 * Run: {@code ./mvnw -B -ntp test -Dtest=GiteeRequestBench -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class GiteeRequestBench {

    private static final int ISSUES = 2000;
    private static final int PULLS = 1000;
    private static final int COMMENTS = 5000;
    private static final int PULL_COMMENTS = 300;
    private static final int RELEASES = 150;
    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);
    private static final String REPO = "/repos/bench/generated";
    private static final String TOKEN = "bench-token";

    @Test
    void requestsPerHarvest() throws Exception {
        try (RequestBench bench = new RequestBench("gitee", new RecordedGiteeLists())) {
            Map<String, List<JsonNode>> lists = generate(0, 0, 0);
            RecordedGitee gitee = serve(bench, lists);
            GiteeConnector connector = new GiteeConnector(new GiteeSettings(gitee.apiUrl(), List.of(TOKEN), 100_000),
                    bench.client(), bench.git(), RequestBench.clock());
            TrackedProject project = bench.mirrored("gitee:bench/generated");
            long merged = merged(lists.get("pulls")).size();
            // The five lists, and one operate-log request per merged pull: no list says who merged a pull.
            long lowerBound = RequestBench.pages(lists.values().stream().map(List::size).toList()) + merged;

            Map<String, RequestBench.HarvestCost> harvests = new LinkedHashMap<>();
            harvests.put("first", bench.harvest(connector, project));
            harvests.put("again, nothing changed", bench.harvest(connector, project));
            bench.server().resetMappings();
            serve(bench, generate(3, 2, 5));
            harvests.put("again, 3 issues and 2 pulls updated, 5 new comments", bench.harvest(connector, project));

            RequestBench.print(List.of(String.format(
                    "items: %d issues, %d pulls (%d merged), %d issue comments, %d pull comments, %d releases", ISSUES,
                    PULLS, merged, COMMENTS, PULL_COMMENTS, RELEASES), String.format(
                    "lower bound Σ ceil(items/100) over the lists, plus the merged pulls' operate logs: %d", lowerBound)),
                    harvests);
        }
    }

    private static RecordedGitee serve(RequestBench bench, Map<String, List<JsonNode>> lists) {
        RecordedGitee gitee = new RecordedGitee(bench.server(), TOKEN);
        gitee.list(REPO + "/issues", 100, lists.get("issues"));
        gitee.list(REPO + "/pulls", 100, lists.get("pulls"));
        gitee.list(REPO + "/issues/comments", 100, lists.get("issue-comments"));
        gitee.list(REPO + "/pulls/comments", 100, lists.get("pull-comments"));
        gitee.list(REPO + "/releases", 100, lists.get("releases"));
        // The recorded logs of a merged pull: the merge by its merger at merged_at, the opening by its author.
        List<JsonNode> logShapes = RecordedGitee.items("spec-derived/operate_logs.json");
        for (JsonNode pull : merged(lists.get("pulls"))) {
            ArrayNode logs = JsonNodeFactory.instance.arrayNode();
            logs.add(((ObjectNode) logShapes.get(0).deepCopy()).put("created_at", pull.path("merged_at").asText()));
            logs.add(((ObjectNode) logShapes.get(1).deepCopy()).put("created_at", pull.path("created_at").asText()));
            gitee.single(REPO + "/pulls/" + pull.path("number").asText() + "/operate_logs", logs.toString());
        }
        return gitee;
    }

    private static List<JsonNode> merged(List<JsonNode> pulls) {
        return pulls.stream().filter(p -> p.hasNonNull("merged_at")).toList();
    }

    /**
     * The generated project, all lists in update order; then {@code issues} issues and {@code pulls} pulls are
     * updated and {@code comments} issue comments added.
     */
    private static Map<String, List<JsonNode>> generate(int issues, int pulls, int comments) {
        List<JsonNode> issueList = new ArrayList<>();
        for (ObjectNode issue : Generated.copies(RecordedGitee.items("go-scm/issues.json"), ISSUES)) {
            int n = issueList.size() + 1;
            String at = Generated.at(n, BEIJING);
            issue.put("number", issueNumber(n)).put("id", 7_000_000 + n).put("created_at", at).put("updated_at", at);
            if (issue.hasNonNull("finished_at")) {
                issue.put("finished_at", at);
            }
            issueList.add(issue);
        }
        List<JsonNode> pullList = new ArrayList<>();
        for (ObjectNode pull : Generated.copies(RecordedGitee.items("go-scm/pulls.json"), PULLS)) {
            int n = pullList.size() + 1;
            String at = Generated.at(n, BEIJING);
            pull.put("number", n).put("id", 4_800_000 + n).put("created_at", at).put("updated_at", at);
            if (pull.hasNonNull("closed_at")) {
                pull.put("closed_at", at);
                if (n % 2 == 0) { // every other closed pull was merged, as Gitee says it: state and merged_at
                    pull.put("state", "merged").put("merged_at", at);
                }
            }
            pullList.add(pull);
        }
        List<JsonNode> issueComments = new ArrayList<>();
        for (ObjectNode comment : Generated.copies(RecordedGitee.items("go-scm/issue_comments.json"), COMMENTS + comments)) {
            int c = issueComments.size() + 1;
            String at = c <= COMMENTS ? Generated.at(c, BEIJING) : Generated.added(c - COMMENTS, BEIJING);
            ((ObjectNode) comment.path("target").path("issue")).put("number", issueNumber((c - 1) % ISSUES + 1));
            issueComments.add(comment.put("id", 6_000_000 + c).put("created_at", at).put("updated_at", at));
        }
        List<JsonNode> pullComments = new ArrayList<>();
        for (ObjectNode comment : Generated.copies(RecordedGitee.items("go-scm/pr_comments.json"), PULL_COMMENTS)) {
            int c = pullComments.size() + 1;
            String at = Generated.at(c, BEIJING);
            String pull = "https://gitee.com/api/v5/repos/bench/generated/pulls/" + ((c - 1) % PULLS + 1);
            pullComments.add(comment.put("id", 6_900_000 + c).put("created_at", at).put("updated_at", at)
                    .put("pull_request_url", pull));
        }
        List<JsonNode> releases = new ArrayList<>();
        for (ObjectNode release : Generated.copies(RecordedGitee.items("spec-derived/releases.json"), RELEASES)) {
            int r = releases.size() + 1;
            releases.add(release.put("id", r).put("tag_name", "v1." + r).put("created_at", Generated.at(r, BEIJING)));
        }
        Generated.touch(issueList, issues, BEIJING);
        Generated.touch(pullList, pulls, BEIJING);
        return Map.of("issues", issueList, "pulls", pullList, "issue-comments", issueComments,
                "pull-comments", pullComments, "releases", releases);
    }

    /** Gitee's issue numbers are strings of capitals and digits ({@code I4CE7W}). */
    private static String issueNumber(int n) {
        return "I" + Integer.toString(36 * 36 * 36 * 36 + n, 36).toUpperCase(Locale.ROOT);
    }
}
