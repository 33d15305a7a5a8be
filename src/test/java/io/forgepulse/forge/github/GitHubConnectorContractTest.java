package io.forgepulse.forge.github;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.fasterxml.jackson.databind.JsonNode;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.forge.ForgeConnector;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.forge.http.RequestCounts;
import io.forgepulse.testing.ConnectorContract;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The GitHub connector over the recorded ants project (REST lists twenty a page, pulls over GraphQL). */
class GitHubConnectorContractTest extends ConnectorContract {

    private static final TrackedProject ANTS = new TrackedProject(ProjectId.parse("github:" + RecordedGitHub.REPO), null);

    private WireMockServer server;
    private RecordedGitHub github;

    @BeforeEach
    void start() {
        RecordedGraphQl graphQl = new RecordedGraphQl();
        server = new WireMockServer(options().dynamicPort().extensions(graphQl, new RecordedLists()));
        server.start();
        github = new RecordedGitHub(server);
        github.ants(20, RecordedGitHub.items("issues.pages.json"));
        graphQl.serveAnts(server);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Override
    protected ForgeConnector connector(Path home) {
        return RecordedConnector.create(github, home, new RequestCounts(), false, 1000);
    }

    @Override
    protected TrackedProject project() {
        return ANTS;
    }

    @Override
    protected Map<String, Integer> sourceCounts() {
        List<JsonNode> items = RecordedGitHub.items("issues.pages.json");
        int pulls = (int) items.stream().filter(i -> i.has("pull_request")).count();
        return Map.of("issues", items.size() - pulls, "changeRequests", pulls,
                "comments", RecordedGitHub.items("comments.pages.json").size(),
                "releases", RecordedGitHub.read("hub4j/releases.json").size());
    }
}
