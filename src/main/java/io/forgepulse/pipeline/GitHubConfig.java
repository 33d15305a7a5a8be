package io.forgepulse.pipeline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * GitHub settings (prefix {@code forgepulse.github}). The token comes from the environment variable
 * {@code FORGEPULSE_GITHUB_TOKEN} (application.properties maps it to {@code forgepulse.github.token}), so tests can
 * override it in their profile and an exported variable never changes what they see.
 */
@ConfigMapping(prefix = "forgepulse.github")
public interface GitHubConfig {

    /** The REST API root: {@code https://api.github.com}, or {@code https://HOST/api/v3} for GitHub Enterprise Server. */
    @WithDefault("https://api.github.com")
    String apiUrl();

    /**
     * Where commits come from: {@code git}, a mirror of the clone URL (no API cost; also the tags and the files at
     * HEAD), or {@code api} for repositories too large to mirror: the default branch's list through hub4j, about one
     * request per 100 commits, without line stats, tags or files (see ApiCommits).
     */
    @WithDefault("git")
    CommitSource commits();

    /** Requests one harvest of one project may send; past it the run stops and resumes from its cursor next time. */
    @WithDefault("5000")
    int requestBudget();

    /**
     * The token pool, comma-separated; empty for anonymous access (60 requests an hour, no GraphQL). Set it through the
     * environment ({@code FORGEPULSE_GITHUB_TOKEN}), not a file: never logged, never returned.
     */
    Optional<String> token();

    /** The two commit sources. */
    enum CommitSource {
        GIT,
        API
    }
}
