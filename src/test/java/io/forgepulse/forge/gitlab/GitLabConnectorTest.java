package io.forgepulse.forge.gitlab;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.ItemKind;
import io.forgepulse.domain.OwnerType;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.ProjectSnapshot;
import io.forgepulse.domain.Release;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.forge.http.RequestCounts;
import io.forgepulse.testing.MemoryStore;
import io.forgepulse.testing.ScriptedRepo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GitLab connector against real recorded gitlab.com answers (see src/test/resources/gitlab/README.md). */
class GitLabConnectorTest {

    /** Pages of 5 here, so 16 issues and 18 merge requests take four pages each and X-Next-Page is followed. */
    private static final int PAGE = 5;
    private static final String TOKEN = "glpat-testTokenThatMustStayHome";
    private static final List<JsonNode> ISSUES = RecordedGitLab.items("issues.pages.json");
    private static final List<JsonNode> MERGE_REQUESTS = RecordedGitLab.items("merge_requests.pages.json");
    /** A list whose mark moved is asked once more from the new mark: one request each for issues and merge requests. */
    private static final int CONFIRMING_PASSES = 2;

    @TempDir
    Path temp;

    private WireMockServer server;
    private RecordedGitLab gitlab;
    private RequestCounts counts;
    private GitLabConnector connector;
    private TrackedProject project;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().extensions(new GitLabLists()));
        server.start();
        gitlab = new RecordedGitLab(server);
        counts = new RequestCounts();
        connector = connector(1000, List.of(TOKEN));
        project = RecordedGitLab.project(temp);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private GitLabConnector connector(int budget, List<String> tokens) {
        return gitlab.connector(temp, counts, budget, tokens);
    }

    private static Set<String> iids(List<JsonNode> items, String prefix) {
        return items.stream().map(i -> prefix + i.path("iid").asText()).collect(Collectors.toSet());
    }

    private static int pages(int items) {
        return Math.max(1, (items + PAGE - 1) / PAGE);
    }

    /** Items whose notes are read: those with notes people wrote. */
    private static int withNotes() {
        return RecordedGitLab.withUserNotes("issues.pages.json").size()
                + RecordedGitLab.withUserNotes("merge_requests.pages.json").size();
    }

    /** The notes people wrote on the recorded merge requests whose notes are read (system notes are events). */
    static long recordedUserNotes() {
        Set<String> read = RecordedGitLab.withUserNotes("merge_requests.pages.json");
        return RecordedGitLab.mergeRequestNotes().entrySet().stream().filter(e -> read.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream()).filter(n -> !n.path("system").asBoolean()).count();
    }

    private void assertEverythingRecordedIsStored(MemoryStore store) {
        assertThat(store.issues.keySet()).isEqualTo(iids(ISSUES, ""));
        assertThat(store.changeRequests.keySet()).isEqualTo(iids(MERGE_REQUESTS, "!"));
        assertThat(store.comments).hasSize((int) recordedUserNotes());
        // the two GitLab releases, and the tag that has none
        assertThat(store.releases.keySet()).containsExactlyInAnyOrder("v0.2", "v0.1", "v0.0.9");
        assertThat(store.commits).hasSize(1);
    }

    @Test
    void firstHarvestStoresEveryRecordedItemInTheLeastRequests() throws ForgeException {
        gitlab.snowflakeSpend(PAGE);
        MemoryStore store = new MemoryStore();

        connector.harvest(project, null, store);

        assertEverythingRecordedIsStored(store);
        // releases, the pages of both lists and their confirming passes, and one notes request per item with notes
        int expected = 1 + pages(ISSUES.size()) + pages(MERGE_REQUESTS.size()) + CONFIRMING_PASSES + withNotes();
        assertThat(counts.total("gitlab")).isEqualTo(expected);
        assertThat(counts.rateLimitRemaining()).containsEntry("gitlab", RecordedGitLab.RATE_LIMIT_REMAINING);
        List<LoggedRequest> sent = server.findAll(anyRequestedFor(anyUrl()));
        assertThat(sent).allSatisfy(r -> assertThat(r.getHeader("Authorization")).isEqualTo("Bearer " + TOKEN));
        // !4 has only system notes (user_notes_count 0): its notes are never asked for
        assertThat(sent).noneMatch(r -> r.getUrl().startsWith(RecordedGitLab.MERGE_REQUESTS + "/4/notes"));
    }

    @Test
    void eachListAnnouncesTheXTotalOfItsFirstPage() throws ForgeException {
        gitlab.snowflakeSpend(PAGE);
        MemoryStore store = new MemoryStore();

        connector.harvest(project, null, store);

        assertThat(store.expected).containsEntry("issues", ISSUES.size())
                .containsEntry("merge-requests", MERGE_REQUESTS.size()).containsEntry("commits", 1);
        assertThat(counts.total("gitlab")).as("no request of its own").isEqualTo(1 + pages(ISSUES.size())
                + pages(MERGE_REQUESTS.size()) + CONFIRMING_PASSES + withNotes());
    }

    @Test
    void mergeRequestsKeepMergerMergeTimeAndCloseTime() throws ForgeException {
        gitlab.snowflakeSpend(PAGE);
        MemoryStore store = new MemoryStore();

        connector.harvest(project, null, store);

        ChangeRequest merged = store.changeRequests.get("!3");
        assertThat(merged.author()).isEqualTo("martinguindon");
        assertThat(merged.mergedBy()).isEqualTo("emilie");
        assertThat(merged.mergedAt()).hasToString("2019-08-26T14:15:27.922Z");
        assertThat(merged.closedAt()).isEqualTo(merged.mergedAt()); // as GitHub: a merged change is closed when merged
        assertThat(merged.reviewedByOther()).isTrue();
        ChangeRequest closed = store.changeRequests.get("!13");
        assertThat(closed.mergedAt()).isNull();
        assertThat(closed.closedAt()).hasToString("2020-08-27T20:20:08.150Z");
        assertThat(store.changeRequests.get("!21").closedAt()).isNull(); // an open draft
        Issue issue = store.issues.get("1");
        assertThat(issue.author()).isEqualTo("emilie");
        assertThat(issue.closedAt()).hasToString("2019-06-28T14:32:05.376Z");
        assertThat(store.issues.get("3").closedAt()).isNull();
    }

    @Test
    void notesOfAMergeRequestAreItsCommentsAndNeverAnIssuesWithTheSameNumber() throws ForgeException {
        gitlab.snowflakeSpend(PAGE);
        MemoryStore store = new MemoryStore();

        connector.harvest(project, null, store);

        List<Comment> onThree = store.comments.values().stream().filter(c -> c.parentKey().equals("!3")).toList();
        // !3's recorded notes: three people wrote, three are system events (assigned, merged, mentioned in commit)
        assertThat(onThree).extracting(Comment::author).containsExactlyInAnyOrder("emilie", "martinguindon", "emilie");
        assertThat(store.comments.values()).noneMatch(c -> c.parentKey().equals("3"));
        // merge request notes are the only notes recorded (issue notes are the empty list): all on change requests
        assertThat(store.comments.values()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.parentKind()).isEqualTo(ItemKind.CHANGE_REQUEST));
        assertThat(store.comments.values()).allSatisfy(c -> assertThat(c.key()).startsWith("note:"));
    }

    @Test
    void unchangedReharvestIsOnlyConditionalRequestsAnswered304AndStoresNothing() throws ForgeException {
        gitlab.snowflakeSpend(PAGE);
        MemoryStore store = new MemoryStore();
        connector.harvest(project, null, store);
        long okBefore = counts.requests().get("gitlab").get("200");
        int written = store.written;
        int batches = store.batches;
        server.resetRequests();

        connector.harvest(project, store.cursor, store);

        Map<String, Long> after = counts.requests().get("gitlab");
        assertThat(after.get("200")).isEqualTo(okBefore);
        // releases, and the last request of each list (from its mark): one 304 each, and no note is asked for
        assertThat(after.get("304")).isEqualTo(3);
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).hasSize(3)
                .allSatisfy(r -> assertThat(r.containsHeader("If-None-Match")).isTrue());
        assertThat(store.written).isEqualTo(written);
        assertThat(store.batches).as("nothing to store: no batch").isEqualTo(batches);
    }

    @Test
    void aChangedIssueIsReadSinceTheMarkWithItsNotes() throws ForgeException {
        gitlab.snowflakeSpend(PAGE);
        MemoryStore store = new MemoryStore();
        connector.harvest(project, null, store);
        List<JsonNode> issues = new ArrayList<>(ISSUES);
        JsonNode three = issues.stream().filter(i -> i.path("iid").asInt() == 3).findFirst().orElseThrow();
        issues.remove(three);
        issues.add(((ObjectNode) three.deepCopy()).put("updated_at", "2030-01-01T00:00:00.000Z").put("state", "closed")
                .put("closed_at", "2030-01-01T00:00:00.000Z"));
        server.resetMappings();
        gitlab.snowflakeSpend(PAGE, issues, MERGE_REQUESTS);
        long okBefore = counts.requests().get("gitlab").get("200");
        int written = store.written;

        connector.harvest(project, store.cursor, store);

        assertThat(store.issues.get("3").closedAt()).hasToString("2030-01-01T00:00Z");
        assertThat(store.written - written).isEqualTo(1);
        // the page since the mark, which now holds #3, and the pass from the new mark; #3's notes are asked again, and
        // as they did not change they are a 304
        assertThat(counts.requests().get("gitlab").get("200") - okBefore).isEqualTo(2);
        assertThat(server.findAll(anyRequestedFor(anyUrl())).stream()
                .filter(r -> r.getUrl().startsWith(RecordedGitLab.ISSUES + "/3/notes"))).hasSize(2);
        assertThat(server.findAll(anyRequestedFor(anyUrl())).stream()
                .filter(r -> r.getUrl().startsWith(RecordedGitLab.ISSUES + "?"))
                .filter(r -> r.queryParameter("updated_after").isPresent()))
                .isNotEmpty();
    }

    @Test
    void oldItemsClosedOrMergedWithoutATimeKeepTheirStateAtTheirLastUpdate() throws ForgeException {
        List<JsonNode> issues = ISSUES.stream().map(i -> (JsonNode) ((ObjectNode) i.deepCopy()).putNull("closed_at")).toList();
        List<JsonNode> mergeRequests = MERGE_REQUESTS.stream()
                .map(m -> (JsonNode) ((ObjectNode) m.deepCopy()).putNull("merged_at").putNull("closed_at")).toList();
        gitlab.snowflakeSpend(PAGE, issues, mergeRequests);
        MemoryStore store = new MemoryStore();

        connector.harvest(project, null, store);

        Issue closed = store.issues.get("1");
        assertThat(closed.closedAt()).isEqualTo(closed.updatedAt()).isNotNull();
        assertThat(store.issues.get("3").closedAt()).isNull(); // still open
        ChangeRequest merged = store.changeRequests.get("!1");
        assertThat(merged.mergedAt()).isEqualTo(merged.updatedAt()).isNotNull();
        ChangeRequest closedUnmerged = store.changeRequests.get("!13");
        assertThat(closedUnmerged.mergedAt()).isNull();
        assertThat(closedUnmerged.closedAt()).isEqualTo(closedUnmerged.updatedAt());
    }

    @Test
    void snapshotReadsTheProjectInOneRequestWithItsPathAsOneSegment() throws ForgeException {
        String body = RecordedGitLab.read("project.json").toString();
        String path = "/api/v4/projects/diaspora%2Fsub%2Fdiaspora-project-site";
        gitlab.single(RecordedGitLab.request(path, "license=true"), RecordedGitLab.request(path, "license=true"), body);
        ScriptedRepo repo = ScriptedRepo.init(temp.resolve("diaspora"))
                .commit("A", "a@example.com", "2013-10-01T10:00:00Z", Map.of("README.md", "# diaspora\n"), "first");
        TrackedProject nested = new TrackedProject(ProjectId.parse("gitlab:diaspora/sub/diaspora-project-site"),
                repo.dir().toUri().toString());

        ProjectSnapshot snapshot = connector.snapshot(nested);

        assertThat(snapshot.stars()).isZero();
        assertThat(snapshot.forks()).isZero();
        assertThat(snapshot.openIssues()).isEqualTo(1);
        assertThat(snapshot.archived()).isFalse();
        assertThat(snapshot.createdAt()).hasToString("2013-09-30T13:46:02Z");
        assertThat(snapshot.defaultBranch()).isEqualTo("master");
        assertThat(snapshot.ownerType()).isEqualTo(OwnerType.ORGANIZATION);
        assertThat(snapshot.owner()).isEqualTo("diaspora");
        assertThat(snapshot.licenseSpdx()).isEqualTo("lgpl-3.0");
        assertThat(snapshot.topics()).containsExactly("example", "disapora project");
        assertThat(snapshot.headSha()).isNotBlank();
        assertThat(snapshot.files()).isNotEmpty();
        assertThat(counts.total("gitlab")).isEqualTo(1);
    }

    @Test
    void aRunThatDiedAfterReadingBeforeStoringIsReadAgainInFull() throws ForgeException {
        gitlab.snowflakeSpend(PAGE);
        // The first run's answers reached the HTTP cache, then the process died: nothing, no cursor, was stored.
        connector.harvest(project, null, new MemoryStore());
        MemoryStore store = new MemoryStore();

        connector.harvest(project, null, store);

        // The releases page is now a 304 from the cache, yet what it holds was never stored: it is stored now.
        assertEverythingRecordedIsStored(store);
    }

    @Test
    void releasesAreStoredOnlyWhenAPageCameWithContent() throws ForgeException {
        gitlab.snowflakeSpend(PAGE);
        MemoryStore store = new MemoryStore();
        connector.harvest(project, null, store);
        Release release = store.releases.get("v0.2");
        assertThat(release.publishedAt()).hasToString("2019-01-03T01:56:19.539Z");
        assertThat(release.hasNotes()).isTrue();
        assertThat(release.annotated()).isTrue();
        store.releases.clear();

        connector.harvest(project, store.cursor, store);

        assertThat(store.releases).as("the releases page was a 304").isEmpty();
    }

    @Test
    void anonymousReadsSendNoCredential() throws ForgeException {
        gitlab.snowflakeSpend(PAGE);
        MemoryStore store = new MemoryStore();

        connector(1000, List.of()).harvest(project, null, store);

        assertEverythingRecordedIsStored(store);
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).allSatisfy(r ->
                assertThat(r.containsHeader("Authorization")).isFalse());
    }

    @Test
    void noTokenInAnyFileUnderTheDataDirectory() throws ForgeException, IOException {
        gitlab.snowflakeSpend(PAGE);
        MemoryStore store = new MemoryStore();
        connector.harvest(project, null, store);
        connector.harvest(project, store.cursor, store);

        try (Stream<Path> files = Files.walk(temp)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(TOKEN);
            }
        }
    }

    // --- faults: each ends as a success after retry, or a clean failure after which the next harvest completes ---

    private void faultOnceOnIssuesPage2(ResponseDefinitionBuilder answer) {
        server.stubFor(RecordedGitLab.request(RecordedGitLab.ISSUES, RecordedGitLab.LIST_QUERY)
                .withQueryParam("page", equalTo("2")).atPriority(0)
                .inScenario("fault").whenScenarioStateIs(STARTED).willSetStateTo("recovered").willReturn(answer));
    }

    private void harvestRecoveringWithinTheRun() throws ForgeException {
        MemoryStore store = new MemoryStore();
        connector.harvest(project, null, store);
        assertEverythingRecordedIsStored(store);
    }

    @Test
    void a500IsRetried() throws ForgeException {
        gitlab.snowflakeSpend(PAGE);
        faultOnceOnIssuesPage2(RecordedGitLab.recordedAnswer(500, "{\"message\":\"500 Internal Server Error\"}"));
        harvestRecoveringWithinTheRun();
        assertThat(counts.requests().get("gitlab")).containsEntry("500", 1L);
    }

    @Test
    void aResetConnectionIsRetried() throws ForgeException {
        gitlab.snowflakeSpend(PAGE);
        faultOnceOnIssuesPage2(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        harvestRecoveringWithinTheRun();
        assertThat(counts.requests().get("gitlab")).containsEntry("error", 1L);
    }

    @Test
    void a429WithinTheWaitBoundWaitsThenContinues() throws ForgeException {
        gitlab.snowflakeSpend(PAGE);
        faultOnceOnIssuesPage2(RecordedGitLab.recordedAnswer(429, "Retry later").withHeader("Retry-After", "0"));
        harvestRecoveringWithinTheRun();
        assertThat(counts.requests().get("gitlab")).containsEntry("429", 1L);
    }

    @Test
    void a429BeyondTheWaitBoundFailsTheRunCleanlyAndTheNextHarvestCompletes() throws ForgeException {
        gitlab.snowflakeSpend(PAGE);
        faultOnceOnIssuesPage2(RecordedGitLab.recordedAnswer(429, "Retry later").withHeader("Retry-After", "3600"));
        assertFailsThenResumes("rate limited");
    }

    @Test
    void malformedJsonFailsTheRunAndIsReadAgainNextTime() throws ForgeException {
        gitlab.snowflakeSpend(PAGE);
        faultOnceOnIssuesPage2(RecordedGitLab.recordedAnswer(200, "[{\"id\": 22097949, \"iid\": 1, \"proj"));
        assertFailsThenResumes("malformed JSON");
    }

    @Test
    void a500ThatPersistsFailsTheRunAfterBoundedRetriesAndTheNextHarvestCompletes() throws ForgeException {
        gitlab.snowflakeSpend(PAGE);
        var outage = server.stubFor(RecordedGitLab.request(RecordedGitLab.ISSUES, RecordedGitLab.LIST_QUERY)
                .withQueryParam("page", equalTo("2")).atPriority(0)
                .willReturn(RecordedGitLab.recordedAnswer(500, "{\"message\":\"500 Internal Server Error\"}")));
        MemoryStore store = new MemoryStore();
        assertThatThrownBy(() -> connector.harvest(project, null, store)).isInstanceOf(ForgeException.class)
                .hasMessageContaining("500");
        assertThat(counts.requests().get("gitlab")).containsEntry("500", 4L); // the first try and 3 retries
        server.removeStub(outage);
        connector.harvest(project, store.cursor, store);
        assertEverythingRecordedIsStored(store);
    }

    @Test
    void aNoteThatCannotBeReadKeepsItsPageOutOfTheStore() throws ForgeException {
        gitlab.snowflakeSpend(PAGE);
        // !3 is on the first merge request page (updated 2019-08-26)
        var outage = server.stubFor(RecordedGitLab.request(RecordedGitLab.MERGE_REQUESTS + "/3/notes",
                RecordedGitLab.NOTES_QUERY).atPriority(0).willReturn(RecordedGitLab.recordedAnswer(502, "Bad Gateway")));
        MemoryStore store = new MemoryStore();

        assertThatThrownBy(() -> connector.harvest(project, null, store)).isInstanceOf(ForgeException.class)
                .hasMessageContaining("502");

        assertThat(store.changeRequests).doesNotContainKey("!3");
        assertThat(store.issues.keySet()).isEqualTo(iids(ISSUES, ""));
        server.removeStub(outage);
        connector.harvest(project, store.cursor, store);
        assertEverythingRecordedIsStored(store);
    }

    @Test
    void theRequestBudgetStopsARunWhichResumesFromItsCursor() throws ForgeException {
        gitlab.snowflakeSpend(PAGE);
        MemoryStore store = new MemoryStore();
        // releases, then the first issue page and the notes of its issues that have some
        int firstPageNotes = (int) ISSUES.subList(0, PAGE).stream().filter(i -> i.path("user_notes_count").asInt() > 0)
                .count();
        int budget = 1 + 1 + firstPageNotes;
        assertThatThrownBy(() -> connector(budget, List.of(TOKEN)).harvest(project, null, store))
                .isInstanceOf(ForgeException.class).hasMessageContaining("budget");
        assertThat(store.issues).hasSize(PAGE);
        connector.harvest(project, store.cursor, store);
        assertEverythingRecordedIsStored(store);
    }

    /** The run fails with a message; what was stored is whole pages with their cursor; the next run completes. */
    private void assertFailsThenResumes(String message) throws ForgeException {
        MemoryStore store = new MemoryStore();
        assertThatThrownBy(() -> connector.harvest(project, null, store)).isInstanceOf(ForgeException.class)
                .hasMessageContaining(message);
        assertThat(store.issues).hasSize(PAGE); // page 1 and nothing of page 2
        OffsetDateTime lastOfPageOne = OffsetDateTime.parse(ISSUES.get(PAGE - 1).path("updated_at").asText());
        assertThat(store.cursor.position("issues.updated").map(OffsetDateTime::parse)).hasValue(lastOfPageOne);
        connector.harvest(project, store.cursor, store);
        assertEverythingRecordedIsStored(store);
    }
}
