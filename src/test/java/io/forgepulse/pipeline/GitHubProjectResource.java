package io.forgepulse.pipeline;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.forgepulse.forge.github.RecordedGitHub;
import io.forgepulse.forge.github.RecordedLists;
import io.forgepulse.testing.ScriptedRepo;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Starts the service tracking {@code github:panjf2000/ants} against recorded GitHub answers served by WireMock, with
 * commits from a small local repository (the location override), and waits kept tiny.
 */
public class GitHubProjectResource implements QuarkusTestResourceLifecycleManager {

    static WireMockServer server;
    /** The clone URL override: a local repository, so commits need no network. */
    static String location;

    @Override
    public Map<String, String> start() {
        Path root;
        try {
            root = Files.createTempDirectory("forgepulse-github-e2e");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ScriptedRepo repo = antsRepo(root.resolve("ants"));
        server = new WireMockServer(options().dynamicPort().extensions(new RecordedLists()));
        server.start();
        RecordedGitHub github = new RecordedGitHub(server).ants(20);
        location = repo.dir().toUri().toString();
        // No forgepulse.track here: another test resource sets it for every test; the test tracks the project itself.
        return Map.of(
                "forgepulse.github.api-url", github.base(),
                // The recorded project was active in 2018-2019: "now" is set inside its years, so the windowed leaves
                // (responses, closing, reviews) have data to score.
                "forgepulse.fixed-now", "2019-09-01T00:00:00Z",
                "forgepulse.http.backoff", "1ms",
                "forgepulse.http.max-wait", "200ms");
    }

    /** The project's commits for its mirror: one commit by its owner (the recorded answers list no more). */
    static ScriptedRepo antsRepo(Path dir) {
        return ScriptedRepo.init(dir).commit("Andy Pan", "panjf2000@gmail.com", "2018-05-20T10:00:00+08:00",
                Map.of("README.md", "# ants\n"), "first commit");
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
