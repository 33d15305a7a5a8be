package io.forgepulse.forge.gitee;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.forgepulse.domain.ProjectId;
import io.forgepulse.forge.ForgeConnector;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.forge.http.RequestCounts;
import io.forgepulse.testing.ConnectorContract;
import io.forgepulse.testing.ScriptedRepo;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The Gitee connector over the recorded drone-yml-test project, one item a page, and a scripted mirror. */
class GiteeConnectorContractTest extends ConnectorContract {

    @TempDir
    Path temp;

    private WireMockServer server;
    private RecordedGitee gitee;
    private TrackedProject project;

    @BeforeEach
    void start() {
        ScriptedRepo repo = ScriptedRepo.init(temp.resolve("drone-yml-test"))
                .commit("kit101", "kit101@example.com", "2021-03-24T11:29:35+08:00",
                        Map.of("README.md", "# drone-yml-test\n"), "first commit")
                .tag("1.1", "1.1", "2021-03-24T11:29:35+08:00");
        project = new TrackedProject(ProjectId.parse("gitee:" + RecordedGitee.REPO), repo.dir().toUri().toString());
        server = new WireMockServer(options().dynamicPort().extensions(new RecordedGiteeLists()));
        server.start();
        gitee = new RecordedGitee(server, RecordedGitee.TOKEN);
        gitee.project(1);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Override
    protected ForgeConnector connector(Path home) {
        return gitee.connector(home, new RequestCounts(), 1000);
    }

    @Override
    protected TrackedProject project() {
        return project;
    }

    @Override
    protected Map<String, Integer> sourceCounts() {
        return Map.of("issues", RecordedGitee.items("go-scm/issues.json").size(),
                "changeRequests", RecordedGitee.items("go-scm/pulls.json").size(),
                "comments", RecordedGitee.items("go-scm/issue_comments.json").size()
                        + RecordedGitee.items("go-scm/pr_comments.json").size(),
                "releases", RecordedGitee.items("spec-derived/releases.json").size(), "commits", 1);
    }
}
