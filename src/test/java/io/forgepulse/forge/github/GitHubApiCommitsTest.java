package io.forgepulse.forge.github;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.forgepulse.domain.Commit;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.Signature;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.forge.github.RecordedGitHub.RecordedPage;
import io.forgepulse.forge.http.RequestCounts;
import io.forgepulse.testing.MemoryStore;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code forgepulse.github.commits=api}: commits through hub4j, on the 7 recorded pages (648 commits) of hub4j's
 * {@code CommitTest.testQueryCommits}, served as the commits of the ants project
 * (see src/test/resources/github/README.md).
 */
class GitHubApiCommitsTest {

    private static final TrackedProject ANTS =
            new TrackedProject(ProjectId.parse("github:" + RecordedGitHub.REPO), null);
    /** The commits list's requests: the first page at the repository's path, the later ones at the Link's. */
    private static final String COMMIT_PAGES = "/(repos/" + RecordedGitHub.REPO + "|repositories/1103607)/commits";

    @TempDir
    Path temp;

    private final RecordedGraphQl graphQl = new RecordedGraphQl();
    private WireMockServer server;
    private RequestCounts counts;
    private RecordedGitHub github;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().extensions(graphQl, new RecordedLists()));
        server.start();
        counts = new RequestCounts();
        github = new RecordedGitHub(server).antsWithCommits(20, jenkinsPages());
        graphQl.serveAnts(server);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private static List<RecordedPage> jenkinsPages() {
        List<RecordedPage> pages = new ArrayList<>();
        pages.add(RecordedPage.of("testQueryCommits", "16-r_j_j_commits.json"));
        IntStream.rangeClosed(17, 22).forEach(n ->
                pages.add(RecordedPage.of("testQueryCommits", n + "-repositories_1103607_commits.json")));
        return pages;
    }

    private static List<JsonNode> recorded(List<RecordedPage> pages) {
        List<JsonNode> items = new ArrayList<>();
        pages.forEach(page -> page.body().forEach(items::add));
        return items;
    }

    private static Map<String, JsonNode> nonMerges(List<JsonNode> items) {
        return items.stream().filter(c -> c.path("parents").size() <= 1)
                .collect(Collectors.toMap(c -> c.path("sha").asText(), c -> c));
    }

    private GitHubConnector connector(Path dir, RequestCounts requests, int budget) {
        return RecordedConnector.create(github, dir, requests, false, budget);
    }

    private int commitRequests() {
        return server.findAll(anyRequestedFor(urlPathMatching(COMMIT_PAGES))).size();
    }

    @Test
    void everyRecordedCommitIsStoredWithItsAuthorAndCommitter() throws ForgeException {
        MemoryStore store = new MemoryStore();

        connector(temp, counts, 1000).harvest(ANTS, null, store);

        List<JsonNode> items = recorded(jenkinsPages());
        assertThat(store.commits.keySet()).isEqualTo(nonMerges(items).keySet()).hasSize(648);
        JsonNode newest = items.get(0);
        JsonNode author = newest.path("commit").path("author");
        JsonNode committer = newest.path("commit").path("committer");
        Commit commit = store.commits.get(newest.path("sha").asText());
        assertThat(commit.author()).isEqualTo(new Signature(author.path("name").asText(), author.path("email").asText(),
                OffsetDateTime.parse(author.path("date").asText())));
        assertThat(commit.committer()).isEqualTo(new Signature(committer.path("name").asText(),
                committer.path("email").asText(), OffsetDateTime.parse(committer.path("date").asText())));
        // The list has no line stats and no trailers, and these commits are unsigned.
        assertThat(commit.filesChanged() + commit.linesAdded() + commit.linesDeleted()).isZero();
        assertThat(commit.signedOffBy()).isEmpty();
        assertThat(commit.signed()).isFalse();
        // 7 pages, then the window since the newest commit, which only repeats it.
        assertThat(commitRequests()).isEqualTo(8);
        assertThat(store.cursor.position(CommitMark.STREAM))
                .hasValue(RecordedGitHub.committed(newest) + " " + newest.path("sha").asText());
    }

    @Test
    void anUnchangedReharvestSendsOnlyConditionalRequestsAnswered304AndStoresNothing() throws ForgeException {
        MemoryStore store = new MemoryStore();
        connector(temp, counts, 1000).harvest(ANTS, null, store);
        Map<String, Long> before = counts.requests().get("github");
        int written = store.written;
        int batches = store.batches;
        int requests = server.getAllServeEvents().size();

        connector(temp, counts, 1000).harvest(ANTS, store.cursor, store);

        Map<String, Long> after = counts.requests().get("github");
        int again = server.getAllServeEvents().size() - requests;
        assertThat(after.get("200")).isEqualTo(before.get("200"));
        assertThat(after.get("304") - before.getOrDefault("304", 0L)).isEqualTo(again);
        // the newest serve events come first
        assertThat(server.getAllServeEvents().subList(0, again))
                .allSatisfy(e -> assertThat(e.getRequest().containsHeader("If-None-Match")).isTrue());
        assertThat(store.written).isEqualTo(written);
        assertThat(store.batches).as("no commit emitted again").isEqualTo(batches);
    }

    @Test
    void aBudgetSpentMidWindowStopsCleanlyAndTheNextHarvestStoresWhatAnUninterruptedRunStores() throws ForgeException {
        MemoryStore uninterrupted = new MemoryStore();
        connector(temp.resolve("uninterrupted"), new RequestCounts(), 1000).harvest(ANTS, null, uninterrupted);
        MemoryStore store = new MemoryStore();

        // The repository, releases and 3 commit pages: the 4th page is past the budget.
        assertThatThrownBy(() -> connector(temp, counts, 5).harvest(ANTS, null, store))
                .isInstanceOf(ForgeException.class).hasMessageContaining("budget of 5 requests");
        assertThat(store.cursor.position(CommitMark.STREAM)).isEmpty();
        assertThat(store.commits.size()).isLessThan(uninterrupted.commits.size());

        connector(temp, counts, 1000).harvest(ANTS, store.cursor, store);

        assertThat(store.commits).isEqualTo(uninterrupted.commits);
        assertThat(store.cursor.position(CommitMark.STREAM))
                .isEqualTo(uninterrupted.cursor.position(CommitMark.STREAM));
    }

    @Test
    void mergeCommitsAreSkippedAndSignedCommitsAreKnown() throws ForgeException {
        // Real commit items with merges and signatures: the commits of a recorded compare answer, as one list page.
        JsonNode compare = RecordedGitHub.read(
                "hub4j/listCommitsBetweenPaginated/__files/5-r_h_g_compare_e46a9f3f.json");
        server.resetMappings();
        github.antsWithCommits(20, List.of(new RecordedPage(null, compare.path("commits"), null)));
        graphQl.serveAnts(server);
        MemoryStore store = new MemoryStore();

        connector(temp, counts, 1000).harvest(ANTS, null, store);

        List<JsonNode> items = new ArrayList<>();
        compare.path("commits").forEach(items::add);
        Map<String, JsonNode> expected = nonMerges(items);
        assertThat(expected).hasSizeLessThan(items.size());
        assertThat(store.commits.keySet()).isEqualTo(expected.keySet());
        expected.forEach((sha, item) -> assertThat(store.commits.get(sha).signed())
                .isEqualTo(item.path("commit").path("verification").hasNonNull("signature")));
        assertThat(store.commits.values()).anySatisfy(c -> assertThat(c.signed()).isTrue());
    }
}
