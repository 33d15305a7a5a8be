package io.forgepulse.forge.gitee;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.forgepulse.domain.AuthorRelation;
import io.forgepulse.domain.ChangeRequest;
import io.forgepulse.domain.Comment;
import io.forgepulse.domain.Issue;
import io.forgepulse.domain.ItemKind;
import io.forgepulse.domain.OwnerType;
import io.forgepulse.domain.ProjectSnapshot;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.forge.http.RequestCounts;
import io.forgepulse.testing.MemoryStore;
import io.forgepulse.testing.SecretScan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Gitee connector against real recorded answers (see src/test/resources/gitee/README.md). */
class GiteeConnectorTest {

    /** One item a page, so the two issues and three pulls of the recording span pages. */
    private static final int PAGE = 1;
    /**
     * Releases (2 pages); issues (2) and the pass confirming them; pulls (3) and the newest page once more; the two
     * comment lists (one page each) and the pass confirming each.
     */
    private static final int FIRST_HARVEST = 2 + (2 + 1) + (3 + 1) + (1 + 1) + (1 + 1);
    /** Releases, then per list the request the last run ended with: since the mark, or the newest pull page. */
    private static final int UNCHANGED_HARVEST = 2 + 4;

    @TempDir
    Path temp;

    private WireMockServer server;
    private RecordedGitee gitee;
    private RequestCounts counts;
    private GiteeConnector connector;
    /** The project, its clone URL overridden by a local repository (commits, tags and files come from a mirror). */
    private TrackedProject project;

    @BeforeEach
    void start() {
        project = RecordedGitee.trackedProject(temp);
        server = new WireMockServer(options().dynamicPort().extensions(new RecordedGiteeLists()));
        server.start();
        gitee = new RecordedGitee(server, RecordedGitee.TOKEN);
        counts = new RequestCounts();
        connector = gitee.connector(temp, counts, 1000);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private static Set<String> recorded(String resource, String field) {
        return RecordedGitee.items(resource).stream().map(i -> i.path(field).asText()).collect(Collectors.toSet());
    }

    private static void assertEverythingRecordedIsStored(MemoryStore store) {
        assertThat(store.issues.keySet()).isEqualTo(recorded("go-scm/issues.json", "number"));
        assertThat(store.changeRequests.keySet()).isEqualTo(recorded("go-scm/pulls.json", "number"));
        assertThat(store.comments).hasSize(2);
        // the Gitee releases, and the mirror's tag that has none
        Set<String> releases = new java.util.HashSet<>(recorded("spec-derived/releases.json", "tag_name"));
        releases.add("v9.9.9");
        assertThat(store.releases.keySet()).isEqualTo(releases);
        assertThat(store.commits).hasSize(1);
    }

    @Test
    void firstHarvestStoresEveryRecordedItem() throws ForgeException {
        gitee.project(PAGE);
        MemoryStore store = new MemoryStore();

        connector.harvest(project, null, store);

        assertEverythingRecordedIsStored(store);
        assertThat(counts.total("gitee")).isEqualTo(FIRST_HARVEST);
        Issue closed = store.issues.get("I4CE7W");
        // +08:00 as Gitee writes it; the same instant in UTC is what the store keeps
        assertThat(closed.createdAt().toInstant()).isEqualTo(Instant.parse("2021-09-29T03:05:30Z"));
        assertThat(closed.closedAt()).as("finished_at").hasToString("2021-09-29T11:05:49+08:00");
        assertThat(store.issues.get("I4CD5P").closedAt()).isNull();
        assertThat(store.changeRequests.get("5").closedAt()).hasToString("2021-09-30T16:38:14+08:00");
        assertThat(store.changeRequests.get("5").merged()).isFalse();
        // the issue comment list's target.issue, the pull comment list's pull_request_url
        assertThat(store.comments.values()).extracting(Comment::parentKind, Comment::parentKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(ItemKind.ISSUE, "I4CD5P"),
                org.assertj.core.groups.Tuple.tuple(ItemKind.CHANGE_REQUEST, "7"));
        assertThat(store.cursor.position("pulls.updated")).hasValue("2021-09-30T16:38:19+08:00");
    }

    @Test
    void eachListAnnouncesTheTotalCountItsFirstPageCarries() throws ForgeException {
        gitee.project(PAGE);
        MemoryStore store = new MemoryStore();

        connector.harvest(project, null, store);

        // total_count of each list's first page: the recorded lists' own sizes, and the mirror's one commit
        assertThat(store.expected).containsEntry("issues", RecordedGitee.items("go-scm/issues.json").size())
                .containsEntry("pulls", RecordedGitee.items("go-scm/pulls.json").size())
                .containsEntry("issue-comments", RecordedGitee.items("go-scm/issue_comments.json").size())
                .containsEntry("pull-comments", RecordedGitee.items("go-scm/pr_comments.json").size())
                .containsEntry("commits", 1);
    }

    @Test
    void anUnchangedReharvestStoresNothingAndSendsOneRequestPerList() throws ForgeException {
        gitee.project(PAGE);
        MemoryStore store = new MemoryStore();
        connector.harvest(project, null, store);
        int written = store.written;
        int batches = store.batches;
        long before = counts.total("gitee");
        long okBefore = counts.requests().get("gitee").get("200");

        connector.harvest(project, store.cursor, store);

        assertThat(store.written).isEqualTo(written);
        // not even the releases again: the store would find them unchanged, but that is work that grows with them
        assertThat(store.batches).as("batches handed to the store").isEqualTo(batches);
        assertThat(counts.total("gitee") - before).isEqualTo(UNCHANGED_HARVEST);
        assertThat(counts.requests().get("gitee").get("200")).as("every one a 304").isEqualTo(okBefore);
    }

    @Test
    void pullsAreReadNewestFirstDownToTheMark() throws ForgeException {
        gitee.project(PAGE);
        MemoryStore store = new MemoryStore();
        connector.harvest(project, null, store);
        // The oldest pull is updated: it is now the newest, and the others are where the last run stopped.
        List<JsonNode> pulls = new ArrayList<>(RecordedGitee.items("go-scm/pulls.json"));
        ObjectNode changed = ((ObjectNode) pulls.get(2).deepCopy()).put("updated_at", "2021-10-08T10:00:00+08:00");
        pulls.set(2, changed);
        server.resetMappings();
        gitee.project(PAGE, pulls);
        server.resetRequests();
        int written = store.written;

        connector.harvest(project, store.cursor, store);

        assertThat(store.written - written).isEqualTo(1);
        assertThat(store.changeRequests.get("4").updatedAt()).hasToString("2021-10-08T10:00+08:00");
        assertThat(store.cursor.position("pulls.updated")).hasValue("2021-10-08T10:00+08:00");
        // the changed pull's page, the page that reaches the old mark, and the newest page once more; never page 3
        assertThat(pullPagesAsked()).containsExactly("1", "2", "1");
    }

    @Test
    void aRunStoppedBetweenPullPagesKeepsTheOldMarkAndTheNextRunCompletes() throws ForgeException {
        gitee.project(PAGE);
        var outage = server.stubFor(gitee.page(RecordedGitee.PULLS, 2).atPriority(0)
                .willReturn(aResponse().withStatus(500).withHeaders(RecordedGitee.headers()).withBody("{}")));
        MemoryStore store = new MemoryStore();

        assertThatThrownBy(() -> connector.harvest(project, null, store)).isInstanceOf(ForgeException.class)
                .hasMessageContaining("500");

        assertThat(store.changeRequests.keySet()).containsExactly("6"); // the newest page, stored whole
        assertThat(store.cursor.position("pulls.updated")).as("the pass did not reach the old mark").isEmpty();
        server.removeStub(outage);
        connector.harvest(project, store.cursor, store);
        assertEverythingRecordedIsStored(store);
        assertThat(store.cursor.position("pulls.updated")).hasValue("2021-09-30T16:38:19+08:00");
    }

    @Test
    void aMergedPullThatDoesNotSayByWhomIsAskedItsOperateLogsOnce() throws ForgeException {
        List<JsonNode> pulls = new ArrayList<>(RecordedGitee.items("go-scm/pulls.json"));
        ObjectNode merged = ((ObjectNode) pulls.get(1).deepCopy()).put("state", "merged");
        merged.put("merged_at", merged.path("closed_at").asText());
        pulls.set(1, merged);
        gitee.project(PAGE, pulls);
        gitee.single(RecordedGitee.PULLS + "/5/operate_logs", RecordedGitee.read("spec-derived/operate_logs.json")
                .toString());
        MemoryStore store = new MemoryStore();

        connector.harvest(project, null, store);

        ChangeRequest five = store.changeRequests.get("5");
        assertThat(five.merged()).isTrue();
        assertThat(five.mergedBy()).isEqualTo("kit101");
        assertThat(counts.total("gitee")).isEqualTo(FIRST_HARVEST + 1);
        connector.harvest(project, store.cursor, store);
        assertThat(operateLogRequests()).as("not again for an unchanged pull").isEqualTo(1);
    }

    @Test
    void noTokenReachesAnyFileUnderTheDataDirectory() throws ForgeException, IOException {
        gitee.project(PAGE);
        MemoryStore store = new MemoryStore();
        connector.harvest(project, null, store);
        connector.harvest(project, store.cursor, store);
        connector.snapshot(project);

        // every request carried the token (the stubs ask for it), and the cache answered 304s with it
        assertThat(server.findAll(anyRequestedFor(anyUrl()))).allSatisfy(r ->
                assertThat(r.queryParameter("access_token").firstValue()).isEqualTo(RecordedGitee.TOKEN));
        assertThat(counts.requests().get("gitee")).containsKey("304");
        assertThat(Files.list(temp.resolve("http-cache")).count()).isGreaterThan(1);
        assertThat(SecretScan.filesHolding(temp, RecordedGitee.TOKEN)).isEmpty();
    }

    @Test
    void aRefusedTokenFailsWithASentenceThatDoesNotHoldIt() {
        gitee.project(PAGE);
        server.stubFor(gitee.request(RecordedGitee.RELEASES).atPriority(0).willReturn(aResponse().withStatus(401)
                .withHeaders(RecordedGitee.headers()).withBody("{\"message\":\"401 Unauthorized: Access token is expired\"}")));

        assertThatThrownBy(() -> connector.harvest(project, null, new MemoryStore())).isInstanceOf(ForgeException.class)
                .hasMessageContaining("FORGEPULSE_GITEE_TOKEN").hasMessageNotContaining(RecordedGitee.TOKEN)
                .hasMessageNotContaining("access_token");
    }

    @Test
    void anonymousRequestsCarryNoToken() throws ForgeException {
        RecordedGitee anonymous = new RecordedGitee(server, null);
        anonymous.project(PAGE);
        MemoryStore store = new MemoryStore();

        anonymous.connector(temp, counts, 1000).harvest(project, null, store);

        assertEverythingRecordedIsStored(store);
    }

    @Test
    void snapshotReadsTheRepositoryAndTheMirror() throws ForgeException {
        gitee.project(PAGE);
        MemoryStore store = new MemoryStore();

        ProjectSnapshot snapshot = connector.snapshot(project);
        connector.harvest(project, null, store);

        assertThat(snapshot.defaultBranch()).isEqualTo("master");
        assertThat(snapshot.watchers()).isEqualTo(1);
        assertThat(snapshot.openIssues()).isEqualTo(2);
        assertThat(snapshot.ownerType()).isEqualTo(OwnerType.USER);
        assertThat(snapshot.owner()).isEqualTo("kit101");
        assertThat(snapshot.createdAt().toInstant()).isEqualTo(Instant.parse("2021-03-24T03:24:34Z"));
        assertThat(snapshot.headSha()).isNotBlank();
        assertThat(snapshot.files()).isNotEmpty();
        assertThat(store.commits).hasSize(1);
        // the git tag joins the Gitee releases; a tag with a release keeps the release's facts
        assertThat(store.releases.keySet()).containsExactlyInAnyOrder("release-test", "1.1", "v9.9.9");
        // the owner of the personal namespace, from the repository's answer
        assertThat(store.issues.get("I4CE7W").authorRelation()).isEqualTo(AuthorRelation.OWNER);
    }

    // --- faults: a retry within the run, or a clean failure after which the next harvest completes ---

    private void faultOnceOnIssuesPage2(ResponseDefinitionBuilder answer) {
        server.stubFor(gitee.page(RecordedGitee.ISSUES, 2).atPriority(0).inScenario("fault")
                .whenScenarioStateIs(STARTED).willSetStateTo("recovered").willReturn(answer));
    }

    private static ResponseDefinitionBuilder answer(int status, String body) {
        return aResponse().withStatus(status).withHeaders(RecordedGitee.headers()).withBody(body);
    }

    @Test
    void a502IsRetried() throws ForgeException {
        assertRetriedWithinTheRun(answer(502, "<html>Bad Gateway</html>"), "502");
    }

    @Test
    void aResetConnectionIsRetried() throws ForgeException {
        assertRetriedWithinTheRun(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), "error");
    }

    private void assertRetriedWithinTheRun(ResponseDefinitionBuilder fault, String status) throws ForgeException {
        gitee.project(PAGE);
        faultOnceOnIssuesPage2(fault);
        MemoryStore store = new MemoryStore();
        connector.harvest(project, null, store);
        assertEverythingRecordedIsStored(store);
        assertThat(counts.requests().get("gitee")).containsEntry(status, 1L);
    }

    @Test
    void a429BeyondTheWaitBoundFailsTheRunAndTheNextHarvestCompletes() throws ForgeException {
        gitee.project(PAGE);
        faultOnceOnIssuesPage2(answer(429, "{\"message\":\"Too Many Requests\"}").withHeader("Retry-After", "3600"));
        assertFailsThenResumes("rate limited");
    }

    @Test
    void malformedJsonFailsTheRunAndIsReadAgainNextTime() throws ForgeException {
        gitee.project(PAGE);
        faultOnceOnIssuesPage2(answer(200, "[{\"id\": 7295389, \"url\": \"https://gitee.com/api/v5/re"));
        assertFailsThenResumes("malformed JSON");
    }

    @Test
    void a500ThatPersistsFailsTheRunAfterBoundedRetriesAndTheNextHarvestCompletes() throws ForgeException {
        gitee.project(PAGE);
        var outage = server.stubFor(gitee.page(RecordedGitee.ISSUES, 2).atPriority(0).willReturn(answer(500, "{}")));
        MemoryStore store = new MemoryStore();
        assertThatThrownBy(() -> connector.harvest(project, null, store)).isInstanceOf(ForgeException.class)
                .hasMessageContaining("500");
        assertThat(counts.requests().get("gitee")).containsEntry("500", 4L); // the first try and 3 retries
        assertThat(store.issues).hasSize(1);
        server.removeStub(outage);
        connector.harvest(project, store.cursor, store);
        assertEverythingRecordedIsStored(store);
    }

    @Test
    void aSpentBudgetStopsTheRunWhichResumesFromItsCursor() throws ForgeException {
        gitee.project(PAGE);
        MemoryStore store = new MemoryStore();
        // releases, both issue pages and their confirming pass, the first pull page
        assertThatThrownBy(() -> gitee.connector(temp, counts, 2 + 3 + 1).harvest(project, null, store))
                .isInstanceOf(ForgeException.class).hasMessageContaining("budget");
        assertThat(store.issues).hasSize(2);
        assertThat(store.changeRequests.keySet()).containsExactly("6");
        assertThat(store.cursor.position("pulls.updated")).isEmpty();
        connector.harvest(project, store.cursor, store);
        assertEverythingRecordedIsStored(store);
    }

    /** The run fails with a message; what was stored is whole pages with their cursor; the next run completes. */
    private void assertFailsThenResumes(String message) throws ForgeException {
        MemoryStore store = new MemoryStore();
        assertThatThrownBy(() -> connector.harvest(project, null, store)).isInstanceOf(ForgeException.class)
                .hasMessageContaining(message);
        assertThat(store.issues.keySet()).containsExactly("I4CD5P"); // page 1 of issues, the older
        assertThat(store.cursor.position("issues.updated")).hasValue("2021-09-29T11:00:50+08:00");
        connector.harvest(project, store.cursor, store);
        assertEverythingRecordedIsStored(store);
    }

    private List<String> pullPagesAsked() {
        return server.findAll(anyRequestedFor(anyUrl())).stream()
                .filter(r -> r.getUrl().startsWith("/api/v5" + RecordedGitee.PULLS + "?"))
                .map(r -> r.queryParameter("page").isPresent() ? r.queryParameter("page").firstValue() : "1").toList();
    }

    private long operateLogRequests() {
        return server.findAll(anyRequestedFor(anyUrl())).stream().filter(r -> r.getUrl().contains("/operate_logs"))
                .count();
    }
}
