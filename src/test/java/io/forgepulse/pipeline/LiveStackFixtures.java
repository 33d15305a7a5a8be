package io.forgepulse.pipeline;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.forgepulse.forge.github.RecordedGitHub;
import io.forgepulse.forge.github.RecordedLists;
import io.forgepulse.testing.GeneratedRepo;
import io.forgepulse.testing.SampleProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The projects {@code .ci/prometheus.sh} points a packaged forgepulse at, so a live Prometheus scrapes real values:
 * two scripted git repositories ({@link SampleProject}, and a generated one the script later removes so that its
 * harvests start failing), a git location that does not exist, and GitHub projects served from the recorded answers
 * by WireMock: {@code github:panjf2000/ants} as {@link GitHubProjectResource} serves it, and one that answers 500 to
 * everything. Writes the service's environment ({@code FORGEPULSE_TRACK}, the GitHub API URL) to
 * {@code DIR/forgepulse.env} and serves until the process is killed.
 *
 * <p>Run from the test classpath: {@code java -cp target/test-classes:target/classes:CP
 * io.forgepulse.pipeline.LiveStackFixtures DIR}.
 */
public final class LiveStackFixtures {

    /** The GitHub project whose every answer is a 500: its harvests fail, so the never-succeeded alert fires. */
    static final String BROKEN_GITHUB = "acme/broken";

    private LiveStackFixtures() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Path dir = Path.of(args[0]).toAbsolutePath();
        Files.createDirectories(dir);
        SampleProject.create(dir.resolve("sample"));
        GeneratedRepo.create(dir.resolve("flaky"), 200, 7);
        Path ants = GitHubProjectResource.antsRepo(dir.resolve("ants")).dir();

        WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
                .extensions(new RecordedLists()));
        server.start();
        RecordedGitHub github = new RecordedGitHub(server).ants(20);
        server.stubFor(any(urlPathMatching("/repos/" + BROKEN_GITHUB + "(/.*)?"))
                .willReturn(RecordedGitHub.recordedAnswer(500, "{\"message\":\"Server Error\"}")));

        List<String> track = List.of(
                "git:sample=" + dir.resolve("sample"),
                "git:flaky=" + dir.resolve("flaky"),
                "git:missing=" + dir.resolve("does-not-exist"),
                "github:" + RecordedGitHub.REPO + "=" + ants.toUri(),
                "github:" + BROKEN_GITHUB + "=" + ants.toUri());
        Path env = dir.resolve("forgepulse.env");
        Path written = dir.resolve("forgepulse.env.tmp");
        Files.writeString(written, "FORGEPULSE_TRACK=" + String.join(",", track) + "\n"
                + "FORGEPULSE_GITHUB_API_URL=" + github.base() + "\n");
        // Renamed into place, so the script never reads a half-written file.
        Files.move(written, env);
        System.out.println("recorded GitHub on " + github.base() + "; environment in " + env);
        Thread.currentThread().join();
    }
}
