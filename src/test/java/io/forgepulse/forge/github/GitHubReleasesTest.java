package io.forgepulse.forge.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.domain.Release;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.HarvestSink;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.forge.http.RequestCounts;
import io.forgepulse.testing.MemoryStore;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Releases through hub4j, and how hub4j's failures reach the run (see src/test/resources/github/README.md). */
class GitHubReleasesTest {

    private static final TrackedProject ANTS =
            new TrackedProject(ProjectId.parse("github:" + RecordedGitHub.REPO), null);

    @TempDir
    Path temp;

    private final RecordedGraphQl graphQl = new RecordedGraphQl();
    private WireMockServer server;
    private RecordedGitHub github;
    private RequestCounts counts;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().extensions(graphQl, new RecordedLists()));
        server.start();
        github = new RecordedGitHub(server).ants(20);
        graphQl.serveAnts(server);
        counts = new RequestCounts();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private GitHubConnector connector(int budget) {
        return RecordedConnector.create(github, temp, counts, false, budget);
    }

    private static int recordedReleases() {
        return RecordedGitHub.read("hub4j/releases.json").size();
    }

    @Test
    void aReleaseKeepsItsTagPublicationDateAndNotes() throws ForgeException {
        MemoryStore store = new MemoryStore();

        connector(1000).harvest(ANTS, null, store);

        JsonNode recorded = RecordedGitHub.read("hub4j/releases.json").get(0);
        Release release = store.releases.get(recorded.path("tag_name").asText());
        assertThat(release.publishedAt()).isEqualTo(OffsetDateTime.parse(recorded.path("published_at").asText()));
        assertThat(release.hasNotes()).isEqualTo(!recorded.path("body").asText().isBlank());
        // Its assets are archives (.tgz, .zip): no signature or checksum among them.
        assertThat(release.signed()).isFalse();
        assertThat(store.releases).hasSize(recordedReleases());
    }

    @Test
    void theRepositoryReadBySnapshotAndByHub4jIsOneCachedCopy() throws ForgeException {
        GitHubConnector connector = connector(1000);

        connector.snapshot(ANTS);
        connector.harvest(ANTS, null, new MemoryStore());

        // Same URL, same Authorization (GitHub varies on it): hub4j revalidates the snapshot's copy and gets a 304.
        assertThat(server.findAll(getRequestedFor(urlPathEqualTo(RecordedGitHub.REPOSITORY))))
                .hasSize(2).last().satisfies(r -> assertThat(r.containsHeader("If-None-Match")).isTrue());
        assertThat(counts.requests().get("github")).containsEntry("304", 1L);
    }

    @Test
    void releasesThatCouldNotBeStoredAreStoredByTheNextRunThoughGitHubAnswers304() throws ForgeException {
        HarvestSink failingOnReleases = batch -> {
            if (!batch.releases().isEmpty()) {
                throw new IllegalStateException("the database is down");
            }
        };
        assertThatThrownBy(() -> connector(1000).harvest(ANTS, null, failingOnReleases))
                .hasMessageContaining("database");
        MemoryStore store = new MemoryStore();

        connector(1000).harvest(ANTS, null, store);

        assertThat(store.releases).hasSize(recordedReleases());
    }

    @Test
    void releasesARunDiedBeforeStoringAreStoredByTheNextRunThoughGitHubAnswers304() throws ForgeException {
        // The first run read the releases into the HTTP cache and died before its batch was written: no forget, no
        // cursor; the next run starts from nothing and gets a 304 for the list.
        connector(1000).harvest(ANTS, null, new MemoryStore());
        MemoryStore store = new MemoryStore();

        connector(1000).harvest(ANTS, null, store);

        assertThat(counts.requests().get("github")).containsKey("304");
        assertThat(store.releases).hasSize(recordedReleases());
        int batches = store.batches;
        connector(1000).harvest(ANTS, store.cursor, store);
        assertThat(store.batches).as("stored and marked: an unchanged list is no batch").isEqualTo(batches);
    }

    @Test
    void anUnknownRepositoryFailsWithASentenceThatNamesTheCheckAndNotTheToken() {
        JsonNode notFound = RecordedGitHub.read(
                "hub4j/testCached404/mappings/10-r_h_g_git_refs_heads_test_content_ref_cache.json").path("response");
        server.stubFor(get(urlPathEqualTo(RecordedGitHub.REPOSITORY)).atPriority(0).willReturn(
                RecordedGitHub.recordedAnswer(notFound.path("status").asInt(), notFound.path("body").asText())));

        assertThatThrownBy(() -> connector(1000).harvest(ANTS, null, new MemoryStore()))
                .isInstanceOf(ForgeException.class)
                .hasMessageContaining("GET " + RecordedGitHub.REPOSITORY).hasMessageContaining("404")
                .hasMessageContaining("check the project id")
                .hasMessageNotContaining(RecordedConnector.TOKEN);
    }

    @Test
    void aResetConnectionIsRetriedByTheSharedClientOnlyNotAgainByHub4j() {
        server.stubFor(get(urlPathEqualTo(RecordedGitHub.RELEASES)).atPriority(0)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        assertThatThrownBy(() -> connector(1000).harvest(ANTS, null, new MemoryStore()))
                .isInstanceOf(ForgeException.class).hasMessageContaining("releases");
        assertThat(counts.requests().get("github")).containsEntry("error", 4L); // the first try and 3 retries
    }

    @Test
    void aRateLimitBeyondTheWaitBoundStopsTheRunInsideHub4jAndTheNextHarvestCompletes() throws ForgeException {
        var limit = server.stubFor(get(urlPathEqualTo(RecordedGitHub.RELEASES)).atPriority(0).willReturn(RecordedGitHub
                .recordedAnswer(429, "{\"message\":\"Too Many Requests\"}").withHeader("Retry-After", "3600")));
        MemoryStore store = new MemoryStore();

        assertThatThrownBy(() -> connector(1000).harvest(ANTS, null, store)).isInstanceOf(ForgeException.class)
                .hasMessageContaining("stopped: rate limited");
        assertThat(store.releases).isEmpty();

        server.removeStub(limit);
        connector(1000).harvest(ANTS, store.cursor, store);
        assertThat(store.releases).hasSize(recordedReleases());
    }

    @Test
    void aBudgetSpentInsideHub4jStopsTheRunCleanly() {
        // One request: the repository; the releases list is the first past the budget.
        assertThatThrownBy(() -> connector(1).harvest(ANTS, null, new MemoryStore())).isInstanceOf(ForgeException.class)
                .hasMessageContaining("GET " + RecordedGitHub.RELEASES).hasMessageContaining("budget of 1 requests");
        assertThat(counts.total("github")).isEqualTo(1);
    }

    @Test
    void aMalformedReleasesPageFailsTheRunAndIsReadFromGitHubAgainNotReplayedFromTheCache() throws ForgeException {
        github.serve(() -> get(urlPathEqualTo(RecordedGitHub.RELEASES)), "[{\"tag_name\": \"v1\",", null);
        assertThatThrownBy(() -> connector(1000).harvest(ANTS, null, new MemoryStore()))
                .isInstanceOf(ForgeException.class).hasMessageContaining("malformed JSON");
        github.single(RecordedGitHub.RELEASES, RecordedGitHub.read("hub4j/releases.json").toString());
        MemoryStore store = new MemoryStore();

        connector(1000).harvest(ANTS, null, store);

        assertThat(store.releases).hasSize(recordedReleases());
    }
}
