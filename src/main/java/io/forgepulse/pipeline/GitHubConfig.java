package io.forgepulse.pipeline;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * GitHub settings (prefix {@code forgepulse.github}). Tokens are not here on purpose: they come from the environment
 * variable {@code FORGEPULSE_GITHUB_TOKEN} only (comma-separated pool), so they never sit in a file.
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

    /** The two commit sources. */
    enum CommitSource {
        GIT,
        API
    }
}
