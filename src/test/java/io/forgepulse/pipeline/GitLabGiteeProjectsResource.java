package io.forgepulse.pipeline;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.forgepulse.forge.TrackedProject;
import io.forgepulse.forge.gitee.RecordedGitee;
import io.forgepulse.forge.gitee.RecordedGiteeLists;
import io.forgepulse.forge.gitlab.GitLabLists;
import io.forgepulse.forge.gitlab.RecordedGitLab;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Starts the service with recorded gitlab.com ({@code gitlab-data/snowflake_spend}) and Gitee
 * ({@code kit101/drone-yml-test}) answers served by one WireMock, each forge's mirror a scripted local repository (the
 * location override of {@code forgepulse.track}), anonymous (no token: the Gitee stubs insist on no {@code access_token}), and waits kept tiny.
 */
public class GitLabGiteeProjectsResource implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;
    static TrackedProject gitlab;
    static TrackedProject gitee;

    @Override
    public Map<String, String> start() {
        Path root;
        try {
            root = Files.createTempDirectory("forgepulse-gitlab-gitee-e2e");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        gitlab = RecordedGitLab.project(root);
        gitee = RecordedGitee.trackedProject(root);
        server = new WireMockServer(options().dynamicPort().extensions(new GitLabLists(), new RecordedGiteeLists()));
        server.start();
        RecordedGitLab gitlabApi = new RecordedGitLab(server).snowflakeSpend(100);
        // The only recorded project answer (gitlab4j's sample, a group project) stands for snowflake_spend's.
        gitlabApi.single(RecordedGitLab.request(RecordedGitLab.ROOT, "license=true"),
                RecordedGitLab.request(RecordedGitLab.ROOT, "license=true"), RecordedGitLab.read("project.json").toString());
        RecordedGitee giteeApi = new RecordedGitee(server, null).project(100);
        return Map.of(
                // as an operator configures them, each with its mirror's location override
                "forgepulse.track", gitlab.id().value() + "=" + gitlab.location() + ", " + gitee.id().value() + "="
                        + gitee.location(),
                "forgepulse.gitlab.api-url", gitlabApi.apiUrl(),
                "forgepulse.gitee.api-url", giteeApi.apiUrl(),
                // Both recordings end by mid-2022: "now" just after, so every item is in the scoring year.
                "forgepulse.fixed-now", GitLabGiteeHarvestTest.NOW.toString(),
                "forgepulse.http.backoff", "1ms",
                "forgepulse.http.max-wait", "200ms");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
