package io.forgepulse.forge.github;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.matching.RequestPattern;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.forge.ForgeException;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.forge.http.GitMirror;
import io.forgepulse.forge.http.RequestCounts;
import io.forgepulse.testing.MemoryStore;
import io.forgepulse.testing.SecretScan;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GitHub connector against a GitHub that points elsewhere: paging links and redirects to a stranger on 127.0.0.2,
 * on the paths our own REST client reads and on those hub4j reads (releases). The token must never reach the stranger,
 * must never be written to disk, and a refused answer must not fail the runs after it.
 */
class HostileGitHubTest {

    private static final TrackedProject ANTS =
            new TrackedProject(ProjectId.parse("github:" + RecordedGitHub.REPO), null);

    @TempDir
    Path temp;

    private WireMockServer server;
    private WireMockServer stranger;
    private RecordedGitHub github;
    private RequestCounts counts;

    @BeforeEach
    void start() {
        RecordedGraphQl graphQl = new RecordedGraphQl();
        server = new WireMockServer(options().dynamicPort().extensions(graphQl, new RecordedLists()));
        server.start();
        github = new RecordedGitHub(server).ants(20);
        graphQl.serveAnts(server);
        stranger = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.2"));
        stranger.start();
        stranger.stubFor(get(urlPathEqualTo(RecordedGitHub.RELEASES)).willReturn(aResponse().withStatus(200)
                .withBody("[]")));
        counts = new RequestCounts();
    }

    @AfterEach
    void stop() {
        server.stop();
        stranger.stop();
    }

    private GitHubConnector connector() {
        return RecordedConnector.create(github, temp, counts, false, 1000);
    }

    private String strangerUrl(String path) {
        return "http://127.0.0.2:" + stranger.port() + path;
    }

    /** The recorded releases answer, with a Link to its "next page" on the stranger. */
    private void poisonReleases() {
        github.serve(() -> get(urlPathEqualTo(RecordedGitHub.RELEASES)).withHeader("Accept",
                equalTo("application/vnd.github+json")), RecordedGitHub.read("hub4j/releases.json").toString(),
                "<" + strangerUrl(RecordedGitHub.RELEASES + "?page=2") + ">; rel=\"next\"");
    }

    @Test
    void aReleasesLinkToAnotherHostIsRefusedAndTheTokenNeverLeavesTheApiHost() {
        poisonReleases();

        assertThatThrownBy(() -> connector().harvest(ANTS, null, new MemoryStore()))
                .isInstanceOf(ForgeException.class).hasMessageContaining("Link header to http://127.0.0.2")
                .hasMessageNotContaining(RecordedConnector.TOKEN);

        assertThat(stranger.getAllServeEvents()).isEmpty();
    }

    @Test
    void aRefusedAnswerIsNotReplayedFromTheCacheOnceGitHubAnswersProperlyAgain() throws ForgeException {
        poisonReleases();
        assertThatThrownBy(() -> connector().harvest(ANTS, null, new MemoryStore())).isInstanceOf(ForgeException.class);
        github.single(RecordedGitHub.RELEASES, RecordedGitHub.read("hub4j/releases.json").toString());
        MemoryStore store = new MemoryStore();

        connector().harvest(ANTS, null, store);

        assertThat(store.releases).hasSize(RecordedGitHub.read("hub4j/releases.json").size());
        assertThat(stranger.getAllServeEvents()).isEmpty();
    }

    @Test
    void aRedirectOfTheReleasesToAnotherHostIsNotFollowed() {
        server.stubFor(get(urlPathEqualTo(RecordedGitHub.RELEASES)).atPriority(0).willReturn(aResponse()
                .withStatus(302).withHeader("Location", strangerUrl(RecordedGitHub.RELEASES))));

        assertThatThrownBy(() -> connector().harvest(ANTS, null, new MemoryStore()))
                .isInstanceOf(ForgeException.class).hasMessageContaining("redirected " + RecordedGitHub.RELEASES);
        assertThat(stranger.getAllServeEvents()).isEmpty();
    }

    @Test
    void aListsPagingLinkToAnotherHostIsRefusedOnTheRestPathToo() {
        server.stubFor(get(urlPathEqualTo(RecordedGitHub.ISSUES)).atPriority(0).willReturn(RecordedGitHub
                .recordedAnswer(200, "[]").withHeader("Link", "<" + strangerUrl(RecordedGitHub.ISSUES + "?page=2")
                        + ">; rel=\"next\"")));

        assertThatThrownBy(() -> connector().harvest(ANTS, null, new MemoryStore()))
                .isInstanceOf(ForgeException.class).hasMessageContaining("Link header to http://127.0.0.2");
        assertThat(stranger.getAllServeEvents()).isEmpty();
    }

    @Test
    void aGraphQlQueryIsNotPostedAgainWhereARedirectPoints() {
        server.stubFor(post(urlPathEqualTo("/graphql")).atPriority(0).willReturn(aResponse().withStatus(307)
                .withHeader("Location", strangerUrl("/graphql"))));

        assertThatThrownBy(() -> connector().harvest(ANTS, null, new MemoryStore()))
                .isInstanceOf(ForgeException.class).hasMessageContaining("/graphql");
        assertThat(stranger.getAllServeEvents()).isEmpty();
        assertThat(server.countRequestsMatching(RequestPattern.everything()).getCount()).isPositive();
    }

    @Test
    void noFileUnderTheDataDirectoryHoldsTheTokenAfterAHarvest() throws Exception {
        GitHubConnector connector = connector();
        connector.snapshot(ANTS);
        MemoryStore store = new MemoryStore();
        connector.harvest(ANTS, null, store);
        connector.harvest(ANTS, store.cursor, store); // revalidations rewrite the cache entries

        assertThat(counts.requests().get("github")).containsKey("304"); // the cache still works per token
        assertThat(SecretScan.filesHolding(temp, RecordedConnector.TOKEN)).isEmpty();
    }

    @Test
    void aCloneUrlOffTheForgeIsNotMirrored() {
        okhttp3.HttpUrl dotCom = new GitHubApi(new okhttp3.OkHttpClient(), "https://api.github.com").home();
        okhttp3.HttpUrl enterprise = new GitHubApi(new okhttp3.OkHttpClient(), "https://git.example.com/api/v3").home();

        assertThat(GitMirror.isOwnCloneUrl(dotCom, "https://github.com/panjf2000/ants.git")).isTrue();
        assertThat(GitMirror.isOwnCloneUrl(enterprise, "https://git.example.com/team/app.git")).isTrue();
        assertThat(GitMirror.isOwnCloneUrl(dotCom, "https://evil.example/panjf2000/ants.git")).isFalse();
        assertThat(GitMirror.isOwnCloneUrl(dotCom, "file:///etc")).isFalse();
        assertThat(GitMirror.isOwnCloneUrl(dotCom, "http://github.com/panjf2000/ants.git")).isFalse();
        assertThat(GitMirror.isOwnCloneUrl(enterprise, "https://github.com/team/app.git")).isFalse();
    }
}
