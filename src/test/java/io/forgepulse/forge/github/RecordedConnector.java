package io.forgepulse.forge.github;

import io.forgepulse.forge.git.GitConnector;
import io.forgepulse.forge.http.ForgeClient;
import io.forgepulse.forge.http.HttpPolicy;
import io.forgepulse.forge.http.RequestCounts;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** The GitHub connector as the tests run it against {@link RecordedGitHub}: a token, and waits kept tiny. */
final class RecordedConnector {

    static final String TOKEN = "test-token";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

    private RecordedConnector() {
    }

    /**
     * @param dir where the HTTP cache and the mirrors live; a connector over the same directory shares the cache
     */
    static GitHubConnector create(RecordedGitHub github, Path dir, RequestCounts counts, boolean commitsFromGit,
            int budget) {
        return create(github, dir, counts, commitsFromGit, budget, List.of(TOKEN));
    }

    /** As {@link #create(RecordedGitHub, Path, RequestCounts, boolean, int)} with these tokens (none: anonymous). */
    static GitHubConnector create(RecordedGitHub github, Path dir, RequestCounts counts, boolean commitsFromGit,
            int budget, List<String> tokens) {
        // Tiny backoff and a 300 ms wait bound keep fault tests fast; production defaults are 1 s and 5 min.
        HttpPolicy policy = new HttpPolicy(dir.resolve("http-cache"), 10_000_000, 3, Duration.ofMillis(1),
                Duration.ofMillis(300), Duration.ofSeconds(5), 10_000_000);
        return new GitHubConnector(new GitHubSettings(github.base(), tokens, budget, commitsFromGit),
                ForgeClient.create(policy, counts), new GitConnector(dir.resolve("mirrors"), 100, CLOCK), CLOCK);
    }
}
