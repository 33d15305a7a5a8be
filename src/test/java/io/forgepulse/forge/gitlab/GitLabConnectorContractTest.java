package io.forgepulse.forge.gitlab;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.forgepulse.forge.ForgeConnector;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.forge.http.RequestCounts;
import io.forgepulse.testing.ConnectorContract;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The GitLab connector over the recorded snowflake_spend project, five items a page, and a scripted mirror. */
class GitLabConnectorContractTest extends ConnectorContract {

    @TempDir
    Path temp;

    private WireMockServer server;
    private RecordedGitLab gitlab;
    private TrackedProject project;

    @BeforeEach
    void start() {
        server = new WireMockServer(options().dynamicPort().extensions(new GitLabLists()));
        server.start();
        gitlab = new RecordedGitLab(server);
        gitlab.snowflakeSpend(5);
        project = RecordedGitLab.project(temp);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Override
    protected ForgeConnector connector(Path home) {
        return gitlab.connector(home, new RequestCounts(), 1000, List.of());
    }

    @Override
    protected TrackedProject project() {
        return project;
    }

    @Override
    protected Map<String, Integer> sourceCounts() {
        // the two GitLab releases and the tag that has none; user notes of the merge requests whose notes are read
        return Map.of("issues", RecordedGitLab.items("issues.pages.json").size(),
                "changeRequests", RecordedGitLab.items("merge_requests.pages.json").size(),
                "comments", (int) GitLabConnectorTest.recordedUserNotes(), "releases", 3, "commits", 1);
    }
}
