package io.forgepulse.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.forge.gitlab.GitLabConnector;
import io.forgepulse.forge.gitlab.GitLabLists;
import io.forgepulse.forge.gitlab.GitLabSettings;
import io.forgepulse.forge.gitlab.RecordedGitLab;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Requests a GitLab harvest costs on a generated project of thousands of items (bench/README.md records the table).
 * Items are copies of the recorded gitlab.com issues, merge requests and notes ({@code src/test/resources/gitlab})
 * with new iids, ids and times; each item has as many notes as its recorded {@code user_notes_count} says. Lists are
 * served as gitlab.com does ({@link GitLabLists}: offset pages with {@code X-Next-Page} and {@code Link}, the
 * recorded {@code RateLimit-*} headers, ETags and 304s). Commits and tags come from a local mirror (no request).
 * Run: {@code ./mvnw -B -ntp test -Dtest=GitLabRequestBench -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "bench", matches = "true")
class GitLabRequestBench {

    private static final int ISSUES = 2000;
    private static final int MERGE_REQUESTS = 1000;
    private static final int RELEASES = 150;
    private static final String ROOT = "/api/v4/projects/bench%2Fgenerated";

    /** The generated project: both item lists in update order, the notes by item path, the releases. */
    private record Project(List<JsonNode> issues, List<JsonNode> mergeRequests, Map<String, List<JsonNode>> notes,
            List<JsonNode> releases) {

        int notesCount() {
            return notes.values().stream().mapToInt(List::size).sum();
        }
    }

    @Test
    void requestsPerHarvest() throws Exception {
        try (RequestBench bench = new RequestBench("gitlab", new GitLabLists())) {
            Project project = generate(0, 0);
            serve(bench, project);
            GitLabConnector connector = new GitLabConnector(new GitLabSettings(bench.base() + "/api/v4",
                    List.of("bench-token"), 100_000), bench.client(), bench.git(), RequestBench.clock());
            TrackedProject tracked = bench.mirrored("gitlab:bench/generated");
            // The three lists, and the notes of each item that has any: GitLab has no project-wide notes list.
            List<Integer> lists = new ArrayList<>(List.of(project.issues().size(), project.mergeRequests().size(),
                    project.releases().size()));
            project.notes().values().forEach(notes -> lists.add(notes.size()));

            Map<String, RequestBench.HarvestCost> harvests = new LinkedHashMap<>();
            harvests.put("first", bench.harvest(connector, tracked));
            harvests.put("again, nothing changed", bench.harvest(connector, tracked));
            bench.server().resetMappings();
            serve(bench, generate(3, 2));
            harvests.put("again, 3 issues and 2 MRs updated by 5 new notes", bench.harvest(connector, tracked));

            RequestBench.print(List.of(String.format(
                    "items: %d issues, %d merge requests, %d notes on %d items, %d releases", ISSUES, MERGE_REQUESTS,
                    project.notesCount(), project.notes().size(), RELEASES), String.format(
                    "lower bound Σ ceil(items/100) over the lists and each item's notes: %d", RequestBench.pages(lists))),
                    harvests);
        }
    }

    private static void serve(RequestBench bench, Project project) {
        RecordedGitLab gitlab = new RecordedGitLab(bench.server());
        gitlab.paged(ROOT + "/issues", RecordedGitLab.LIST_QUERY, project.issues(), 100);
        gitlab.paged(ROOT + "/merge_requests", RecordedGitLab.LIST_QUERY, project.mergeRequests(), 100);
        gitlab.paged(ROOT + "/releases", "per_page=100", project.releases(), 100);
        // Only the items that have notes: a request for another item's notes would fail the harvest on a 404.
        project.notes().forEach((item, notes) -> gitlab.paged(item + "/notes", RecordedGitLab.NOTES_QUERY, notes, 100));
    }

    /**
     * The generated project; then {@code issues} issues and {@code mergeRequests} merge requests get one new note
     * each, which on GitLab moves their {@code updated_at} and {@code user_notes_count}.
     */
    private static Project generate(int issues, int mergeRequests) {
        List<JsonNode> noteShapes = RecordedGitLab.items("merge_request_notes.pages.json").stream()
                .filter(n -> !n.path("system").asBoolean()).toList();
        int[] noteIds = {30_000_000};
        Map<String, List<JsonNode>> notes = new LinkedHashMap<>();
        List<JsonNode> issueList = items(RecordedGitLab.items("issues.pages.json"), ISSUES, 3_000_000, "Issue",
                ROOT + "/issues", noteShapes, noteIds, notes);
        List<JsonNode> mergeRequestList = items(RecordedGitLab.items("merge_requests.pages.json"), MERGE_REQUESTS,
                4_000_000, "MergeRequest", ROOT + "/merge_requests", noteShapes, noteIds, notes);
        int added = 0;
        for (ObjectNode item : Generated.touch(issueList, issues)) {
            addNote(item, ROOT + "/issues", noteShapes.get(0), 40_000_000 + added, Generated.added(added++), notes);
        }
        for (ObjectNode item : Generated.touch(mergeRequestList, mergeRequests)) {
            addNote(item, ROOT + "/merge_requests", noteShapes.get(0), 40_000_000 + added,
                    Generated.added(added++), notes);
        }
        List<JsonNode> releases = new ArrayList<>();
        for (ObjectNode release : Generated.copies(listOf(RecordedGitLab.read("releases.json")), RELEASES)) {
            int r = releases.size() + 1;
            releases.add(release.put("tag_name", "v1." + r).put("created_at", Generated.at(r)).put("released_at", Generated.at(r)));
        }
        return new Project(issueList, mergeRequestList, notes, releases);
    }

    /**
     * {@code count} copies of the recorded items, iid n updated at hour n; the closed and merged ones closed or
     * merged then, and each with {@code user_notes_count} notes written then (copies of the recorded user notes).
     */
    private static List<JsonNode> items(List<JsonNode> shapes, int count, int firstId, String type, String path,
            List<JsonNode> noteShapes, int[] noteIds, Map<String, List<JsonNode>> notes) {
        List<JsonNode> items = new ArrayList<>();
        for (ObjectNode item : Generated.copies(shapes, count)) {
            int n = items.size() + 1;
            String at = Generated.at(n);
            item.put("iid", n).put("id", firstId + n).put("created_at", at).put("updated_at", at);
            for (String field : List.of("closed_at", "merged_at")) {
                if (item.hasNonNull(field)) {
                    item.put(field, at);
                }
            }
            List<JsonNode> itemNotes = new ArrayList<>();
            for (ObjectNode note : Generated.copies(noteShapes, item.path("user_notes_count").asInt())) {
                itemNotes.add(note.put("id", ++noteIds[0]).put("noteable_id", firstId + n).put("noteable_iid", n)
                        .put("noteable_type", type).put("created_at", at).put("updated_at", at));
            }
            if (!itemNotes.isEmpty()) {
                notes.put(path + "/" + n, itemNotes);
            }
            items.add(item);
        }
        return items;
    }

    private static void addNote(ObjectNode item, String path, JsonNode shape, int id, String at,
            Map<String, List<JsonNode>> notes) {
        int iid = item.path("iid").asInt();
        item.put("user_notes_count", item.path("user_notes_count").asInt() + 1).put("updated_at", at);
        ObjectNode note = ((ObjectNode) shape.deepCopy()).put("id", id).put("noteable_id", item.path("id").asInt())
                .put("noteable_iid", iid).put("noteable_type", path.endsWith("/issues") ? "Issue" : "MergeRequest")
                .put("created_at", at).put("updated_at", at);
        notes.computeIfAbsent(path + "/" + iid, k -> new ArrayList<>()).add(note);
    }

    private static List<JsonNode> listOf(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }
}
