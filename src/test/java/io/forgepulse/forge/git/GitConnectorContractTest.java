package io.forgepulse.forge.git;

import io.forgepulse.domain.ProjectId;
import io.forgepulse.forge.ForgeConnector;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.testing.ConnectorContract;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The git connector over the scripted {@link History}, two commits a batch so that it takes several. */
class GitConnectorContractTest extends ConnectorContract {

    @TempDir
    Path temp;

    private History history;

    @BeforeEach
    void buildHistory() {
        history = History.build(temp.resolve("repo"));
    }

    @Override
    protected ForgeConnector connector(Path home) {
        return new GitConnector(home.resolve("mirrors"), 2);
    }

    @Override
    protected TrackedProject project() {
        return new TrackedProject(ProjectId.parse("git:demo"), history.repo.dir().toString());
    }

    @Override
    protected Map<String, Integer> sourceCounts() {
        return Map.of("commits", history.repo.lines("rev-list", "--no-merges", "HEAD").size(),
                "releases", history.repo.lines("tag").size(), "issues", 0, "changeRequests", 0, "comments", 0);
    }
}
