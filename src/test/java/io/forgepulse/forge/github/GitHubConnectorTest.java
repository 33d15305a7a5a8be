package io.forgepulse.forge.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.forgepulse.domain.AuthorRelation;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.ItemKind;
import io.forgepulse.domain.OwnerType;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.ProjectSnapshot;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.forge.http.RequestCounts;
import io.forgepulse.testing.MemoryStore;
import io.forgepulse.testing.ScriptedRepo;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GitHub connector against real recorded responses (see src/test/resources/github/README.md). */
class GitHubConnectorTest {

    private static final int PAGE = 20;
    private static final TrackedProject ANTS = new TrackedProject(ProjectId.parse("github:" + RecordedGitHub.REPO), null);
    private static final String ISSUES_QUERY = "state=all&" + RecordedGitHub.LIST_QUERY;
    /** hub4j reads GET /repos/owner/name once per run (it builds the releases and commits paths from the answer). */
    private static final int HUB4J_REPOSITORY = 1;
    /**
     * Commits from the API (these tests have no mirror): the one recorded page, then the window since its newest
     * commit, which brings nothing new and is what the next run asks again.
     */
    private static final int COMMIT_WINDOWS = 2;
    /**
     * A list whose mark moved is asked once more from the new mark (issues, comments; the empty review-comment list
     * has no mark): that request brings nothing new and is the one the next run sends again, answered 304.
     */
    private static final int CONFIRMING_PASSES = 2;

    @TempDir
    Path temp;

    private WireMockServer server;
    private RecordedGitHub github;
    private RecordedGraphQl graphQl;
    private RequestCounts counts;
    private GitHubConnector connector;

    @BeforeEach
    void start() {
        graphQl = new RecordedGraphQl();
        server = new WireMockServer(options().dynamicPort().extensions(graphQl, new RecordedLists()));
        server.start();
        github = new RecordedGitHub(server);
        counts = new RequestCounts();
        connector = connector(false, 1000);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    /** The recorded ants project over REST, and its pulls over GraphQL. */
    private void ants(List<JsonNode> issues) {
        github.ants(PAGE, issues);
        graphQl.serveAnts(server);
    }

    private void ants() {
        ants(RecordedGitHub.items("issues.pages.json"));
    }

    private GitHubConnector connector(boolean commitsFromGit, int budget) {
        return connector(commitsFromGit, budget, List.of(RecordedConnector.TOKEN));
    }

    private GitHubConnector connector(boolean commitsFromGit, int budget, List<String> tokens) {
        return RecordedConnector.create(github, temp, counts, commitsFromGit, budget, tokens);
    }

    private static Set<String> recordedNumbers(boolean pulls) {
        return RecordedGitHub.items("issues.pages.json").stream()
                .filter(i -> i.has("pull_request") == pulls)
                .map(i -> i.path("number").asText()).collect(Collectors.toSet());
    }

    /** Releases, review comments (one page each), issues and comments. */
    private static int listPages() {
        return pages(RecordedGitHub.items("issues.pages.json").size())
                + pages(RecordedGitHub.items("comments.pages.json").size()) + 1 + 1;
    }

    private static int pages(int items) {
        return Math.max(1, (items + PAGE - 1) / PAGE);
    }

    private void assertEverythingRecordedIsStored(MemoryStore store) {
        assertThat(store.issues.keySet()).isEqualTo(recordedNumbers(false));
        assertThat(store.changeRequests.keySet()).isEqualTo(recordedNumbers(true));
        assertThat(store.comments).hasSize(RecordedGitHub.items("comments.pages.json").size());
        assertThat(store.releases).hasSize(RecordedGitHub.read("hub4j/releases.json").size());
    }

    @Test
    void firstHarvestStoresEveryRecordedItemInTheLeastRequests() throws ForgeException {
        ants();
        MemoryStore store = new MemoryStore();

        connector.harvest(ANTS, null, store);

        assertEverythingRecordedIsStored(store);
        // Σ pages over the lists, plus one GraphQL query for the merge facts and reviews of every pull (under 100).
        assertThat(counts.total("github")).isEqualTo(HUB4J_REPOSITORY + listPages() + CONFIRMING_PASSES + COMMIT_WINDOWS + 1);
        assertThat(graphQl.queries()).isEqualTo(1);
        assertThat(store.cursor.position(PendingPulls.STREAM)).hasValue("");
        assertThat(counts.rateLimitRemaining()).containsEntry("github", Long.parseLong(RecordedGitHub.RATE_LIMIT_REMAINING));
        ChangeRequest pull4 = store.changeRequests.get("4");
        assertThat(pull4.mergedAt()).hasToString("2018-07-26T02:32:41Z");
        assertThat(pull4.authorRelation()).isEqualTo(AuthorRelation.CONTRIBUTOR); // its recorded author_association
        // The issue comment list names every parent an issue: those on a pull say so in their html_url.
        long onPulls = RecordedGitHub.items("comments.pages.json").stream()
                .filter(c -> c.path("html_url").asText().contains("/pull/")).map(c -> c.path("id").asText()).distinct().count();
        assertThat(store.comments.values().stream().filter(c -> !c.review() && c.parentKind() == ItemKind.CHANGE_REQUEST))
                .hasSize((int) onPulls).isNotEmpty();
        assertThat(store.comments.values()).anySatisfy(c -> assertThat(c.authorIsBot()).isTrue());
    }

    @Test
    void eachListAnnouncesItsLastPageTimesItsPageSize() throws ForgeException {
        ants();
        MemoryStore store = new MemoryStore();

        connector.harvest(ANTS, null, store);

        // The connector asks per_page=100; this server cuts pages of PAGE, so Link: last says pages × 100, an upper
        // bound of what the list holds. A list of one page has no last link: its own items are counted.
        int issues = RecordedGitHub.items("issues.pages.json").size();
        int comments = RecordedGitHub.items("comments.pages.json").size();
        assertThat(store.expected).containsEntry("issues", pages(issues) * 100)
                .containsEntry("issue-comments", pages(comments) * 100);
        assertThat(store.expected.get("issues")).isGreaterThanOrEqualTo(issues);
        assertThat(counts.total("github")).as("no request of its own")
                .isEqualTo(HUB4J_REPOSITORY + listPages() + CONFIRMING_PASSES + COMMIT_WINDOWS + 1);
    }

    @Test
    void anItemWithAnUnreadableDateDoesNotFailTheHarvest() throws ForgeException {
        List<JsonNode> issues = new java.util.ArrayList<>();
        String broken = null;
        for (JsonNode item : RecordedGitHub.items("issues.pages.json")) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = item.deepCopy();
            if (broken == null && !item.has("pull_request")) {
                copy.put("created_at", "yesterday");
                broken = item.path("number").asText();
            }
            issues.add(copy);
        }
        ants(issues);
        MemoryStore store = new MemoryStore();

        connector.harvest(ANTS, null, store);

        // Sent on without its creation time, which the pipeline skips and counts; the other items are all stored.
        assertThat(store.changeRequests.keySet()).isEqualTo(recordedNumbers(true));
        assertThat(store.issues).hasSize(recordedNumbers(false).size());
        assertThat(store.issues.get(broken).createdAt()).isNull();
    }

    @Test
    void anIssueAndAPullWithoutNumberDoNotFailTheHarvest() throws ForgeException {
        List<JsonNode> issues = new java.util.ArrayList<>();
        String droppedPull = null;
        String droppedIssue = null;
        for (JsonNode item : RecordedGitHub.items("issues.pages.json")) {
            com.fasterxml.jackson.databind.node.ObjectNode copy = item.deepCopy();
            boolean pull = item.has("pull_request");
            if (pull && droppedPull == null || !pull && droppedIssue == null) {
                String number = copy.remove("number").asText();
                droppedPull = pull ? number : droppedPull;
                droppedIssue = pull ? droppedIssue : number;
            }
            issues.add(copy);
        }
        ants(issues);
        MemoryStore store = new MemoryStore();

        connector.harvest(ANTS, null, store);

        // Sent on with a blank key, which the pipeline skips and counts; every other item is stored as recorded.
        Set<String> pulls = new java.util.HashSet<>(recordedNumbers(true));
        pulls.remove(droppedPull);
        assertThat(store.changeRequests.keySet()).containsAll(pulls).doesNotContain(droppedPull);
        assertThat(store.issues.keySet()).doesNotContain(droppedIssue);
        assertThat(store.cursor.position(PendingPulls.STREAM)).hasValue("");
    }

    @Test
    void unchangedReharvestIsOnlyConditionalRequestsAnswered304AndStoresNothing() throws ForgeException {
        ants();
        MemoryStore store = new MemoryStore();
        connector.harvest(ANTS, null, store);
        long okBefore = counts.requests().get("github").get("200");
        int written = store.written;

        connector.harvest(ANTS, store.cursor, store);

        Map<String, Long> after = counts.requests().get("github");
        assertThat(after.get("200")).isEqualTo(okBefore);
        // the repository (hub4j), releases, the last commit window, and the last stored page of issues, comments and
        // review comments: one 304 each.
        assertThat(after.get("304")).isEqualTo(6);
        assertThat(graphQl.queries()).as("no pull changed: no GraphQL query").isEqualTo(1); // the first harvest's
        assertThat(store.written).isEqualTo(written);
        assertThat(server.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
                com.github.tomakehurst.wiremock.client.WireMock.anyUrl())).stream()
                .filter(r -> r.containsHeader("If-None-Match")).count()).isGreaterThanOrEqualTo(6);
    }

    @Test
    void aChangedItemIsReadSinceTheMark() throws ForgeException {
        ants();
        MemoryStore store = new MemoryStore();
        connector.harvest(ANTS, null, store);
        // The most recently updated issue changes again: the last page answers with new content (a new ETag).
        List<JsonNode> items = new java.util.ArrayList<>(RecordedGitHub.items("issues.pages.json"));
        com.fasterxml.jackson.databind.node.ObjectNode changed = items.get(items.size() - 1).deepCopy();
        changed.put("updated_at", "2030-01-01T00:00:00Z").put("state", "open").putNull("closed_at");
        items.set(items.size() - 1, changed);
        server.resetMappings();
        ants(items);
        long okBefore = counts.requests().get("github").get("200");
        int written = store.written;

        connector.harvest(ANTS, store.cursor, store);

        assertThat(store.written - written).isEqualTo(1);
        // the page since the mark, which now holds the changed item, and the pass from the new mark; nothing else
        assertThat(counts.requests().get("github").get("200") - okBefore).isEqualTo(2);
        assertEverythingRecordedIsStored(store);
    }

    @Test
    void withoutATokenAMergedPullCostsOneRestRequestAndGraphQlIsNotAsked() throws ForgeException {
        ants();
        MemoryStore store = new MemoryStore();

        connector(false, 1000, List.of()).harvest(ANTS, null, store);

        assertEverythingRecordedIsStored(store);
        long merged = RecordedGitHub.items("issues.pages.json").stream()
                .filter(i -> i.path("pull_request").hasNonNull("merged_at")).count();
        assertThat(counts.total("github")).isEqualTo(HUB4J_REPOSITORY + listPages() + CONFIRMING_PASSES + COMMIT_WINDOWS
                + merged);
        assertThat(graphQl.queries()).isZero();
    }

    @Test
    void pullsWhoseDetailsCouldNotBeReadArePendingInTheCursorAndCompletedByTheNextRun() throws ForgeException {
        ants();
        var outage = server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/graphql")).atPriority(0)
                .willReturn(RecordedGitHub.recordedAnswer(502, "<html>Bad Gateway</html>")));
        MemoryStore store = new MemoryStore();

        assertThatThrownBy(() -> connector.harvest(ANTS, null, store)).isInstanceOf(ForgeException.class)
                .hasMessageContaining("502");

        assertThat(store.changeRequests.keySet()).isEqualTo(recordedNumbers(true)); // stored from the list at once
        assertThat(store.cursor.position(PendingPulls.STREAM)).hasValueSatisfying(pending ->
                assertThat(Set.of(pending.split(","))).isEqualTo(recordedNumbers(true)));
        server.removeStub(outage);
        connector.harvest(ANTS, store.cursor, store);
        assertThat(graphQl.queries()).isEqualTo(1); // the issue pages were 304s; the pending pulls were still read
        assertThat(store.cursor.position(PendingPulls.STREAM)).hasValue("");
        assertEverythingRecordedIsStored(store);
    }

    @Test
    void aGraphQlErrorFailsTheRunWithGitHubsMessage() {
        ants();
        server.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo("/graphql")).atPriority(0)
                .willReturn(RecordedGitHub.recordedAnswer(200,
                        "{\"errors\":[{\"type\":\"RATE_LIMITED\",\"message\":\"API rate limit exceeded for user ID 1.\"}]}")));
        MemoryStore store = new MemoryStore();

        assertThatThrownBy(() -> connector.harvest(ANTS, null, store)).isInstanceOf(ForgeException.class)
                .hasMessageContaining("GraphQL").hasMessageContaining("rate limit exceeded");
        assertThat(store.cursor.position(PendingPulls.STREAM)).isPresent().get().asString().isNotEmpty();
    }

    @Test
    void moreUpdatesThanTheLastPageHeldAreAllRead() throws ForgeException {
        ants();
        MemoryStore store = new MemoryStore();
        connector.harvest(ANTS, null, store); // 41 items in pages of 20: the last page holds one
        // Three issues from the middle of the list are updated: they move to its end, over two pages.
        List<JsonNode> items = new java.util.ArrayList<>(RecordedGitHub.items("issues.pages.json"));
        List<JsonNode> updated = items.stream().filter(i -> !i.has("pull_request")).skip(5).limit(3).toList();
        items.removeAll(updated);
        int minute = 0;
        for (JsonNode issue : updated) {
            items.add(((com.fasterxml.jackson.databind.node.ObjectNode) issue.deepCopy())
                    .put("updated_at", "2030-01-01T00:0" + minute++ + ":00Z"));
        }
        server.resetMappings();
        ants(items);

        connector.harvest(ANTS, store.cursor, store);

        for (JsonNode issue : updated) {
            assertThat(store.issues.get(issue.path("number").asText()).updatedAt().getYear())
                    .as("issue #" + issue.path("number").asText()).isEqualTo(2030);
        }
    }

    @Test
    void anItemTiedWithTheLastStoredOneOnAPageNotStoredIsReadNextTime() throws ForgeException {
        // The first item of page 2 was updated in the same second as the last of page 1, and page 2 fails.
        List<JsonNode> items = new java.util.ArrayList<>(RecordedGitHub.items("issues.pages.json"));
        String tie = items.get(PAGE - 1).path("updated_at").asText();
        items.set(PAGE, ((com.fasterxml.jackson.databind.node.ObjectNode) items.get(PAGE).deepCopy()).put("updated_at", tie));
        ants(items);
        var outage = server.stubFor(RecordedGitHub.pageRequest(RecordedGitHub.ISSUES, ISSUES_QUERY, 2).atPriority(0)
                .willReturn(RecordedGitHub.recordedAnswer(502, "<html>Bad Gateway</html>")));
        MemoryStore store = new MemoryStore();
        assertThatThrownBy(() -> connector.harvest(ANTS, null, store)).isInstanceOf(ForgeException.class);
        String tied = items.get(PAGE).path("number").asText();
        assertThat(store.issues.containsKey(tied) || store.changeRequests.containsKey(tied)).isFalse();
        server.removeStub(outage);

        connector.harvest(ANTS, store.cursor, store);

        assertThat(store.issues.containsKey(tied) || store.changeRequests.containsKey(tied)).as("#" + tied).isTrue();
        assertEverythingRecordedIsStored(store);
    }

    @Test
    void deletionsThatShrinkTheListLoseNoUpdate() throws ForgeException {
        ants();
        MemoryStore store = new MemoryStore();
        connector.harvest(ANTS, null, store); // 41 items in pages of 20: the cursor stands at page 3
        // A spam clean-up deletes the 25 oldest items, and the oldest remaining issue is updated since.
        List<JsonNode> kept = new java.util.ArrayList<>(RecordedGitHub.items("issues.pages.json").subList(25, 41));
        JsonNode issue = kept.stream().filter(i -> !i.has("pull_request")).findFirst().orElseThrow();
        kept.remove(issue);
        kept.add(((com.fasterxml.jackson.databind.node.ObjectNode) issue.deepCopy()).put("updated_at", "2030-01-01T00:00:00Z"));
        server.resetMappings();
        ants(kept);
        // As GitHub does, a page past the end is an empty list, not an error.
        server.stubFor(RecordedGitHub.pageRequest(RecordedGitHub.ISSUES, ISSUES_QUERY, 3).atPriority(0)
                .willReturn(RecordedGitHub.recordedAnswer(200, "[]")));

        connector.harvest(ANTS, store.cursor, store);

        String key = issue.path("number").asText();
        assertThat(store.issues.get(key).updatedAt()).hasToString("2030-01-01T00:00Z");
        assertThat(store.cursor.position("issues.updated")).hasValue("2030-01-01T00:00Z");
    }

    @Test
    void snapshotReadsTheRepositoryInOneRequest() throws ForgeException {
        github.single("/repos/hub4j/github-api", RecordedGitHub.read("hub4j/repository.json").toString());

        ProjectSnapshot snapshot = connector.snapshot(new TrackedProject(ProjectId.parse("github:hub4j/github-api"), null));

        assertThat(snapshot.stars()).isEqualTo(727);
        assertThat(snapshot.forks()).isEqualTo(516);
        assertThat(snapshot.watchers()).isEqualTo(50);
        assertThat(snapshot.openIssues()).isEqualTo(78);
        assertThat(snapshot.archived()).isFalse();
        assertThat(snapshot.createdAt()).hasToString("2010-04-19T04:13:03Z");
        assertThat(snapshot.defaultBranch()).isEqualTo("main");
        assertThat(snapshot.ownerType()).isEqualTo(OwnerType.ORGANIZATION);
        assertThat(snapshot.owner()).isEqualTo("hub4j");
        assertThat(snapshot.licenseSpdx()).isEqualTo("MIT");
        assertThat(counts.total("github")).isEqualTo(1);
    }

    @Test
    void commitsTagsAndFilesComeFromTheCloneWithoutApiRequests() throws ForgeException {
        ScriptedRepo repo = ScriptedRepo.init(temp.resolve("ants"))
                .commit("Andy Pan", "panjf2000@gmail.com", "2018-05-20T10:00:00+08:00",
                        Map.of("README.md", "# ants\n", "LICENSE", "MIT License\n"), "first commit")
                .tag("v9.9.9", "not a GitHub release", "2018-05-21T10:00:00+08:00");
        ants();
        GitHubConnector withGit = connector(true, 1000);
        TrackedProject local = new TrackedProject(ANTS.id(), repo.dir().toUri().toString());
        MemoryStore store = new MemoryStore();

        ProjectSnapshot snapshot = withGit.snapshot(local);
        withGit.harvest(local, null, store);

        assertThat(snapshot.headSha()).isNotBlank();
        assertThat(snapshot.files()).isNotEmpty();
        assertThat(store.commits).hasSize(1);
        // the git tag joins the GitHub releases; tags with a release keep the release's facts
        assertThat(store.releases).containsKey("v9.9.9").hasSize(RecordedGitHub.read("hub4j/releases.json").size() + 1);
    }

    // --- faults: each ends as a success after retry, or a clean failure after which the next harvest completes ---

    private void faultOnceOnIssuesPage2(ResponseDefinitionBuilder answer) {
        server.stubFor(RecordedGitHub.pageRequest(RecordedGitHub.ISSUES, ISSUES_QUERY, 2).atPriority(0)
                .inScenario("fault").whenScenarioStateIs(STARTED).willSetStateTo("recovered").willReturn(answer));
    }

    private MemoryStore harvestRecoveringWithinTheRun() throws ForgeException {
        MemoryStore store = new MemoryStore();
        connector.harvest(ANTS, null, store);
        assertEverythingRecordedIsStored(store);
        return store;
    }

    @Test
    void a500IsRetried() throws ForgeException {
        ants();
        faultOnceOnIssuesPage2(RecordedGitHub.recordedAnswer(500, "{\"message\":\"Server Error\"}"));
        harvestRecoveringWithinTheRun();
        assertThat(counts.requests().get("github")).containsEntry("500", 1L);
    }

    @Test
    void a502IsRetried() throws ForgeException {
        ants();
        faultOnceOnIssuesPage2(RecordedGitHub.recordedAnswer(502, "<html>Bad Gateway</html>"));
        harvestRecoveringWithinTheRun();
        assertThat(counts.requests().get("github")).containsEntry("502", 1L);
    }

    @Test
    void aResetConnectionIsRetried() throws ForgeException {
        ants();
        faultOnceOnIssuesPage2(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        harvestRecoveringWithinTheRun();
        assertThat(counts.requests().get("github")).containsEntry("error", 1L);
    }

    @Test
    void aSecondaryLimitWaitsAsToldThenContinues() throws ForgeException {
        ants();
        faultOnceOnIssuesPage2(RecordedGitHub.recordedAnswer(403,
                "{\"message\":\"You have exceeded a secondary rate limit. Please wait a few minutes before you try again.\"}")
                .withHeader("Retry-After", "0"));
        harvestRecoveringWithinTheRun();
        assertThat(counts.requests().get("github")).containsEntry("403", 1L);
    }

    @Test
    void a429WithinTheWaitBoundWaitsThenContinues() throws ForgeException {
        ants();
        faultOnceOnIssuesPage2(RecordedGitHub.recordedAnswer(429, "{\"message\":\"Too Many Requests\"}")
                .withHeader("Retry-After", "0"));
        harvestRecoveringWithinTheRun();
        assertThat(counts.requests().get("github")).containsEntry("429", 1L);
    }

    @Test
    void a429BeyondTheWaitBoundFailsTheRunCleanlyAndTheNextHarvestCompletes() throws ForgeException {
        ants();
        faultOnceOnIssuesPage2(RecordedGitHub.recordedAnswer(429, "{\"message\":\"Too Many Requests\"}")
                .withHeader("Retry-After", "3600"));
        assertFailsThenResumes("rate limited");
    }

    @Test
    void anExhaustedPrimaryLimitResettingLaterThanTheWaitBoundFailsTheRunCleanly() throws ForgeException {
        ants();
        long inAnHour = Instant.now().getEpochSecond() + 3600;
        faultOnceOnIssuesPage2(aResponse().withStatus(403).withBody("{\"message\":\"API rate limit exceeded\"}")
                .withHeader("Content-Type", "application/json; charset=utf-8").withHeader("X-RateLimit-Remaining", "0").withHeader("X-RateLimit-Reset", Long.toString(inAnHour)));
        assertFailsThenResumes("rate limited");
    }

    @Test
    void malformedJsonFailsTheRunAndIsReadAgainNextTime() throws ForgeException {
        ants();
        faultOnceOnIssuesPage2(RecordedGitHub.recordedAnswer(200, "[{\"url\": \"https://api.github.com/repos/pan"));
        assertFailsThenResumes("malformed JSON");
    }

    @Test
    void a500ThatPersistsFailsTheRunAfterBoundedRetriesAndTheNextHarvestCompletes() throws ForgeException {
        ants();
        var outage = server.stubFor(RecordedGitHub.pageRequest(RecordedGitHub.ISSUES, ISSUES_QUERY, 2).atPriority(0)
                .willReturn(RecordedGitHub.recordedAnswer(500, "{\"message\":\"Server Error\"}")));
        MemoryStore store = new MemoryStore();
        assertThatThrownBy(() -> connector.harvest(ANTS, null, store)).isInstanceOf(ForgeException.class).hasMessageContaining("500");
        assertThat(counts.requests().get("github")).containsEntry("500", 4L); // the first try and 3 retries
        server.removeStub(outage);
        connector.harvest(ANTS, store.cursor, store);
        assertEverythingRecordedIsStored(store);
    }

    @Test
    void theRequestBudgetStopsARunWhichResumesFromItsCursor() throws ForgeException {
        ants();
        MemoryStore store = new MemoryStore();
        List<JsonNode> issues = RecordedGitHub.items("issues.pages.json");
        // enough for the repository, releases, the commits, every issue page and the pass confirming them, the GraphQL
        // query for the pulls, and the first page of comments
        int budget = HUB4J_REPOSITORY + 1 + COMMIT_WINDOWS + pages(issues.size()) + 1 + 1 + 1;
        assertThatThrownBy(() -> connector(false, budget).harvest(ANTS, null, store)).hasMessageContaining("budget");
        assertThat(store.issues.keySet()).isEqualTo(recordedNumbers(false));
        assertThat(store.comments).hasSize(PAGE);
        connector.harvest(ANTS, store.cursor, store);
        assertEverythingRecordedIsStored(store);
    }

    /** The run fails with a message; what was stored is whole pages with their cursor; the next run completes. */
    private void assertFailsThenResumes(String message) throws ForgeException {
        MemoryStore store = new MemoryStore();
        assertThatThrownBy(() -> connector.harvest(ANTS, null, store)).isInstanceOf(ForgeException.class)
                .hasMessageContaining(message);
        // Page 1 of issues and nothing of page 2: the cursor's mark is page 1's latest update.
        assertThat(store.issues.size() + store.changeRequests.size()).isEqualTo(PAGE);
        assertThat(store.cursor.position("issues.updated")).hasValue(
                RecordedGitHub.items("issues.pages.json").get(PAGE - 1).path("updated_at").asText().replace(":00Z", "Z"));
        connector.harvest(ANTS, store.cursor, store);
        assertEverythingRecordedIsStored(store);
    }
}
